#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    use leptos::prelude::get_configuration;
    use wix_pricing::{config::Config, server::Server};

    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,wix_pricing=info".into()),
        )
        .init();

    let fail = |message: String| {
        eprintln!("error: {message}");
        std::process::ExitCode::FAILURE
    };
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => return fail(e.to_string()),
    };
    let leptos_options = match get_configuration(None) {
        Ok(conf) => conf.leptos_options,
        Err(e) => return fail(format!("Leptos configuration: {e}")),
    };
    let bind = config.bind_addr;
    let server = match Server::build(config, leptos_options).await {
        Ok(server) => server,
        Err(e) => return fail(e.to_string()),
    };
    let listener = match tokio::net::TcpListener::bind(bind).await {
        Ok(listener) => listener,
        Err(e) => return fail(format!("cannot listen on {bind}: {e}")),
    };
    tracing::info!("serving the pricing page on {}", server.config.public_url);
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(e) = axum::serve(listener, server.router)
        .with_graceful_shutdown(shutdown)
        .await
    {
        return fail(format!("server: {e}"));
    }
    std::process::ExitCode::SUCCESS
}

#[cfg(not(feature = "ssr"))]
pub fn main() {
    // The browser entry point is `hydrate` in lib.rs.
}
