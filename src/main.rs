/// A page is thousands of small strings and views, made and dropped per
/// render: most of a cold render's time went to the C library's allocator
/// (half of it under glibc; musl's, in the container image, is slower).
#[cfg(feature = "ssr")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "ssr")]
fn main() -> std::process::ExitCode {
    let config = match wix_pricing::config::Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    // Its threads by the settings, which are read first for that.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(config.server.workers())
        .enable_all()
        .build();
    match runtime {
        Ok(runtime) => runtime.block_on(run(config)),
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "ssr")]
async fn run(config: wix_pricing::config::Config) -> std::process::ExitCode {
    use leptos::prelude::get_configuration;
    use wix_pricing::{config::LogFormat, server::Server};

    let fail = |message: String| {
        eprintln!("error: {message}");
        std::process::ExitCode::FAILURE
    };
    // The container's HEALTHCHECK: its image has no shell and no curl.
    if std::env::args().nth(1).as_deref() == Some("healthcheck") {
        return match wix_pricing::server::healthy(config.server.bind_addr) {
            true => std::process::ExitCode::SUCCESS,
            false => std::process::ExitCode::FAILURE,
        };
    }
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,wix_pricing=info".into());
    let logs = tracing_subscriber::fmt().with_env_filter(filter);
    if config.server.log_format == LogFormat::Json {
        logs.json().init();
    } else {
        logs.init();
    }

    let mut leptos_options = match get_configuration(None) {
        Ok(conf) => conf.leptos_options,
        Err(e) => return fail(format!("Leptos configuration: {e}")),
    };
    // `cargo leptos build` fingerprints the bundle and writes the hashes
    // beside the binary; use them however the binary is started.
    leptos_options.hash_files |= std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join(&*leptos_options.hash_file)))
        .is_some_and(|file| file.exists());
    let bind = config.server.bind_addr;
    let server = match Server::build(config, leptos_options).await {
        Ok(server) => server,
        Err(e) => return fail(e.to_string()),
    };
    let listener = match tokio::net::TcpListener::bind(bind).await {
        Ok(listener) => listener,
        Err(e) => return fail(format!("cannot listen on {bind}: {e}")),
    };
    tracing::info!(
        "serving the pricing page on {}",
        server.config.server.public_url()
    );
    let per_ip = server.config.server.max_connections_per_ip;
    wix_pricing::server::serve(
        listener,
        server.router,
        server.front,
        per_ip,
        shutdown_signal(),
    )
    .await;
    std::process::ExitCode::SUCCESS
}

/// Ctrl-C, or the SIGTERM a process manager sends.
#[cfg(feature = "ssr")]
async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let terminate = async {
        match signal(SignalKind::terminate()) {
            Ok(mut stream) => {
                stream.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
}

#[cfg(not(feature = "ssr"))]
pub fn main() {
    // The browser entry point is `hydrate` in lib.rs.
}
