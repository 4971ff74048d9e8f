# syntax=docker/dockerfile:1
# The pricing page as a container image: a static (musl) binary and its
# site files on an empty base, run as a non-root user on a read-only root.
#
#   docker build -t wix-pricing .        (or: podman build -t wix-pricing .)
#   docker run --read-only -p 3000:3000 -e PRICING_SANDBOX=1 wix-pricing
#
# Build stage: the toolchain scripts/setup.sh pins.
FROM docker.io/library/rust:1.95-bookworm AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ARG CARGO_LEPTOS_VERSION=0.3.8
ARG WASM_BINDGEN_VERSION=0.2.130
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools=1.2.3-1 \
 && rm -rf /var/lib/apt/lists/*
RUN rustup target add wasm32-unknown-unknown x86_64-unknown-linux-musl \
 && cargo install cargo-leptos --version "${CARGO_LEPTOS_VERSION}" --locked \
 && cargo install wasm-bindgen-cli --version "=${WASM_BINDGEN_VERSION}" --locked
WORKDIR /src
COPY . .
# A static server binary; the site's JS, WASM and CSS precompressed.
ENV LEPTOS_BIN_TARGET_TRIPLE=x86_64-unknown-linux-musl
RUN cargo leptos build --release --precompress \
 && mkdir -p /out \
 && cp target/x86_64-unknown-linux-musl/release/wix-pricing /out/ \
 && cp target/x86_64-unknown-linux-musl/release/hash.txt /out/ \
 && cp -r target/site /out/site

# Runtime: nothing but the binary (TLS roots are compiled in: rustls with
# webpki-roots), its fingerprints and the site. No shell, no libc.
FROM scratch AS runtime
COPY --from=build /out /app
WORKDIR /app
ENV LEPTOS_SITE_ROOT=/app/site \
    LEPTOS_OUTPUT_NAME=wix-pricing \
    PRICING_BIND_ADDR=0.0.0.0:3000 \
    PRICING_LOG_FORMAT=json
USER 65532:65532
EXPOSE 3000
# The server's graceful shutdown: it stops accepting and drains.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["/app/wix-pricing", "healthcheck"]
ENTRYPOINT ["/app/wix-pricing"]
