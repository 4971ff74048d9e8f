//! Replicas sharing one price cache (issue 31): real `redis-server`s on
//! loopback, no mock; replicas in production mode against one sandbox,
//! whose call counts are Wix's.

use super::tests::{build, metric};
use super::Server;
use crate::sandbox::faults::Fault;
use crate::wix::Endpoint;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `redis-server` of its own on a free loopback port, without
/// persistence; stopped when dropped.
struct Redis {
    port: u16,
    child: Option<Child>,
}

impl Redis {
    fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut redis = Self { port, child: None };
        redis.restart();
        redis
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Starts it again on its port, empty; returns once it answers.
    fn restart(&mut self) {
        self.stop();
        let child = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server (scripts/setup.sh installs it)");
        self.child = Some(child);
        let until = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < until, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    async fn connection(&self) -> redis::aio::MultiplexedConnection {
        let client = redis::Client::open(self.url()).unwrap();
        client.get_multiplexed_async_connection().await.unwrap()
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A replica in production mode: `wix`'s sandbox is its Wix, `cache_url`
/// the cache it shares.
async fn replica(wix: &Server, cache_url: &str, settings: &[(&str, &str)]) -> Server {
    let sandbox = wix.sandbox.as_ref().unwrap();
    let apps = &sandbox.catalogue().apps;
    let ids: Vec<&str> = apps.iter().map(|app| app.id.as_str()).collect();
    let secrets: Vec<String> = apps
        .iter()
        .map(|app| format!("{}={}", app.id, app.secret))
        .collect();
    let (ids, secrets) = (ids.join(","), secrets.join(","));
    let mut all = vec![
        ("WIX_APP_IDS", ids.as_str()),
        ("WIX_APP_SECRET", secrets.as_str()),
        ("WIX_API_BASE_URL", sandbox.base_url()),
        ("PRICING_SHARED_CACHE_URL", cache_url),
    ];
    all.extend_from_slice(settings);
    build(&all).await
}

/// The sandbox that plays Wix for the replicas.
async fn wix() -> Server {
    build(&[]).await
}

/// Asks `server` for `country`'s page; it must be served, with prices.
async fn page(server: &Server, country: &str) -> String {
    let (status, html) = server.get(&format!("/?country={country}"), &[]).await;
    assert_eq!(status, 200, "{country}: {html}");
    assert!(html.contains("data-plan="), "{country}: {html}");
    html
}

/// A page's amounts, as its `<data>` elements carry them.
fn amounts(html: &str) -> Vec<&str> {
    html.split("<data value=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

fn calls(wix: &Server, country: &str) -> u64 {
    wix.sandbox
        .as_ref()
        .unwrap()
        .faults()
        .country_calls(country)
}

async fn shared(server: &Server, op: &str, outcome: &str) -> u64 {
    let series = format!("pricing_shared_cache_calls_total{{op=\"{op}\",outcome=\"{outcome}\"}}");
    metric(server, &series).await
}

const COUNTRIES: [&str; 6] = ["US", "DE", "JP", "BR", "IN", "KW"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_replicas_ask_wix_once_per_country() {
    let redis = Redis::start();
    let wix = wix().await;
    let mut replicas = Vec::new();
    for _ in 0..3 {
        replicas.push(replica(&wix, &redis.url(), &[]).await);
    }
    for country in COUNTRIES {
        let pages: Vec<String> = futures_util::future::join_all(
            (replicas.iter()).map(|replica| async move { page(replica, country).await }),
        )
        .await;
        assert_eq!(calls(&wix, country), 1, "{country}");
        // The same prices on every replica, to the digit.
        assert!(!amounts(&pages[0]).is_empty());
        assert!(pages.iter().all(|p| amounts(p) == amounts(&pages[0])));
    }
    // And in turn, one replica after another, for countries none had.
    for country in ["FR", "MX", "CH"] {
        for replica in &replicas {
            page(replica, country).await;
        }
        assert_eq!(calls(&wix, country), 1, "{country}");
    }
    let mut hits = 0;
    for replica in &replicas {
        hits += shared(replica, "get", "hit").await;
    }
    assert!(hits >= 6, "the others read the first one's copy: {hits}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_on_two_replicas_makes_one_call() {
    let redis = Redis::start();
    let wix = wix().await;
    let faults = wix.sandbox.as_ref().unwrap().faults();
    faults.set(
        Endpoint::ListAppPlans,
        Fault {
            latency_ms: 400,
            ..Fault::default()
        },
    );
    let a = replica(&wix, &redis.url(), &[]).await;
    let b = replica(&wix, &redis.url(), &[]).await;
    let asks = (0..40).map(|i| {
        let server = if i % 2 == 0 { &a } else { &b };
        async move { page(server, "SE").await }
    });
    futures_util::future::join_all(asks).await;
    assert_eq!(calls(&wix, "SE"), 1);
    assert!(shared(&a, "lock", "held").await + shared(&b, "lock", "held").await >= 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cache_that_is_down_costs_a_failure_then_nothing_and_sharing_resumes() {
    let mut redis = Redis::start();
    let wix = wix().await;
    let settings = [("PRICING_SHARED_CACHE_RETRY_MS", "300")];
    let a = replica(&wix, &redis.url(), &settings).await;
    let b = replica(&wix, &redis.url(), &settings).await;
    page(&a, "US").await;
    page(&b, "US").await;
    assert_eq!(calls(&wix, "US"), 1);

    redis.stop();
    let stopped = Instant::now();
    // Every page is served, each replica asking Wix for itself.
    for country in ["DE", "FR", "IT", "ES"] {
        page(&a, country).await;
        page(&b, country).await;
        assert_eq!(calls(&wix, country), 2, "{country}");
    }
    let failed = shared(&a, "get", "error").await
        + shared(&a, "lock", "error").await
        + shared(&a, "put", "error").await;
    // Three failures open the circuit; a trial call every 300 ms after.
    let trials = stopped.elapsed().as_millis() as u64 / 300;
    assert!((3..=3 + trials).contains(&failed), "{failed} failures");
    assert!(shared(&a, "get", "circuit_open").await >= 1);
    let (status, _) = a.get("/readyz", &[]).await;
    assert_eq!(status, 200, "still ready");

    redis.restart();
    tokio::time::sleep(Duration::from_millis(400)).await;
    // The trial call reconnects; sharing resumes.
    let until = Instant::now() + Duration::from_secs(10);
    for country in ["NL", "BE", "AT", "PL", "PT", "IE", "GR", "CZ", "RO", "HU"] {
        page(&a, country).await;
        page(&b, country).await;
        if calls(&wix, country) == 1 {
            return;
        }
        assert!(Instant::now() < until);
        tokio::time::sleep(Duration::from_millis(350)).await;
    }
    panic!("sharing never resumed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cache_that_never_answers_costs_at_most_a_few_short_timeouts() {
    // Accepts connections and never says a word.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("redis://{}", silent.local_addr().unwrap());
    let held = std::thread::spawn(move || silent.incoming().take(4).collect::<Vec<_>>());
    let wix = wix().await;
    let a = replica(&wix, &url, &[("PRICING_SHARED_CACHE_TIMEOUT_MS", "100")]).await;
    let started = Instant::now();
    for country in COUNTRIES {
        page(&a, country).await;
    }
    let took = started.elapsed();
    let mut failed = 0;
    for op in ["get", "lock", "put"] {
        failed += shared(&a, op, "timeout").await + shared(&a, op, "error").await;
    }
    assert_eq!(failed, 3, "then its circuit opens");
    assert!(shared(&a, "get", "circuit_open").await >= 5);
    // Three 100 ms timeouts, six calls to the sandbox: well under 3 s.
    assert!(took < Duration::from_secs(3), "{took:?}");
    drop(held);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_in_the_cache_is_read_like_a_bad_answer_and_replaced() {
    use redis::AsyncCommands;
    let redis = Redis::start();
    let wix = wix().await;
    let a = replica(&wix, &redis.url(), &[]).await;
    let mut expected = Vec::new();
    for country in COUNTRIES {
        expected.push(page(&a, country).await);
    }
    let mut connection = redis.connection().await;
    let mut keys: Vec<String> = connection.keys("wix-pricing:v1:*:plans:*").await.unwrap();
    keys.sort();
    assert_eq!(keys.len(), COUNTRIES.len(), "{keys:?}");
    // Not ours, cut short, not Wix's shape, from the future, no number.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    let future = format!("{}\n{{}}", now.unwrap().as_millis() + 3_600_000);
    let garbage = [
        "nonsense".to_owned(),
        "1700000000000\n{\"apps\": [{\"plans\"".to_owned(),
        "1700000000000\n[]".to_owned(),
        future,
        "\n{}".to_owned(),
    ];
    for (key, value) in keys.iter().zip(&garbage) {
        let () = connection.set(key, value).await.unwrap();
    }
    // And a key of another type.
    let last = keys.last().unwrap();
    let () = connection.del(last).await.unwrap();
    let _: i64 = connection.rpush(last, "x").await.unwrap();

    let b = replica(&wix, &redis.url(), &[]).await;
    for (country, first) in COUNTRIES.iter().zip(&expected) {
        let html = page(&b, country).await;
        assert_eq!(amounts(&html), amounts(first), "{country}");
        assert_eq!(calls(&wix, country), 2, "{country}: asked Wix again");
    }
    assert!(shared(&b, "get", "garbage").await >= 5);
    let (_, text) = b.get("/metrics", &[]).await;
    let lines: Vec<&str> = (text.lines())
        .filter(|line| line.contains("shared_cache"))
        .collect();
    assert!(shared(&b, "get", "refused").await >= 1, "{lines:#?}");
    // Each was replaced by a good copy, which a third replica uses.
    let c = replica(&wix, &redis.url(), &[]).await;
    for country in COUNTRIES {
        page(&c, country).await;
        assert_eq!(calls(&wix, country), 2, "{country}");
    }
}
