//! `wix-pricing healthcheck`: asks the running server's `/healthz`, for a
//! container image that has no shell and no curl (`Dockerfile`).

use std::{
    io::{Read, Write},
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream},
    time::Duration,
};

/// Whether the server bound to `bind` answers `/healthz` with 200 within
/// a couple of seconds.
pub fn healthy(bind: SocketAddr) -> bool {
    let mut addr = bind;
    if addr.ip().is_unspecified() {
        addr.set_ip(match addr.ip() {
            IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
        });
    }
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let asked = stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .is_ok();
    // "HTTP/1.1 200"
    let mut status = [0u8; 12];
    asked && stream.read_exact(&mut status).is_ok() && &status[9..] == b"200"
}

#[cfg(test)]
mod tests {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn answers_for_a_serving_server_only() {
        let (base, _server) = super::super::tests::serve(&[]).await;
        let addr: std::net::SocketAddr = base.trim_start_matches("http://").parse().unwrap();
        let unspecified = std::net::SocketAddr::new([0, 0, 0, 0].into(), addr.port());
        let probes = tokio::task::spawn_blocking(move || {
            (super::healthy(addr), super::healthy(unspecified))
        });
        assert_eq!(probes.await.unwrap(), (true, true));
        // Nothing listens on port 1.
        assert!(
            !tokio::task::spawn_blocking(|| super::healthy(([127, 0, 0, 1], 1).into()))
                .await
                .unwrap()
        );
    }
}
