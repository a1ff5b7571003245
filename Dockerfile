# upback: a release build, then a slim runtime with CA certificates and a non-root user.
FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p upback \
 && strip target/release/upback

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin upback \
 && mkdir -p /data \
 && chown upback:upback /data
COPY --from=build /src/target/release/upback /usr/local/bin/upback
USER upback
ENV UPBACK_DATA_DIR=/data
VOLUME ["/data"]
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["upback", "health"]
ENTRYPOINT ["upback"]
CMD ["serve"]
