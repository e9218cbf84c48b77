"""The cue and title lexicons that attribution reads.

.. versionadded:: 0.1.0
"""

import attrs

__all__ = ["DEFAULT_LEXICON", "Lexicon"]


@attrs.frozen(kw_only=True)
class Lexicon:
    """The words attribution looks for.

    .. versionadded:: 0.1.0
    """


DEFAULT_LEXICON = Lexicon()
"""The lexicon :func:`newsmodel.parse` uses by default."""
