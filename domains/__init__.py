"""Domain packs: data (domain.toml, samples, training data, adapters) shipped with the app."""
