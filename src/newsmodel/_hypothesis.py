"""Hypothesis entry point: lets ``st.from_type(Article)`` build articles."""

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """Register newsmodel's strategies with hypothesis."""
