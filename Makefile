# The two commands the README names. Both install what they need first.
.PHONY: run test bench growth fault-load fuzz attack validate scale-test soak image

# Build and serve the pricing page on http://127.0.0.1:3000 against the
# built-in Wix sandbox, or real Wix when WIX_APP_IDS is set (the server
# itself runs on the sandbox only when PRICING_SANDBOX=1 says so). The
# demo wears a brand theme; set the PRICING_THEME_* settings for yours.
run:
	@SETUP_SKIP_BROWSER=1 scripts/setup.sh
	PRICING_SANDBOX="$$( [ -n "$${WIX_APP_IDS:-}" ] || echo 1)" \
	PRICING_HIGHLIGHTS="$${PRICING_HIGHLIGHTS:-pro=Most popular}" \
	PRICING_THEME_NAME="$${PRICING_THEME_NAME-Northwind Apps}" \
	PRICING_THEME_LOGO="$${PRICING_THEME_LOGO-demo-logo.svg}" \
	PRICING_THEME_ACCENT="$${PRICING_THEME_ACCENT:-#0f766e}" cargo leptos serve

# Every test: Rust unit and integration tests, then Playwright end to end.
test:
	@scripts/test.sh

# Not part of `test`: figures and stress, on loopback (see README).
bench:
	@scripts/bench.sh

growth:
	@scripts/growth.sh

fault-load:
	@scripts/fault-load.sh

fuzz:
	@scripts/fuzz.sh

# Part of `test` too: an attacker's probes against the release build.
attack:
	@scripts/attack.sh

# Part of `test` too: the documents checked by the Nu HTML Checker.
validate:
	@scripts/validate.sh

# Not part of `test`: three replicas behind nginx restarted one by one
# under load, and a 10-minute soak recording memory (see README).
scale-test:
	@scripts/scale-test.sh

soak:
	@scripts/soak.sh

# Not part of `test`: the container image's runtime stage, built with
# buildah and run read-only here (no registry: see scripts/image.sh).
image:
	@scripts/image.sh
