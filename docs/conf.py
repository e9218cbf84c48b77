"""Sphinx configuration for newsmodel's documentation.

The build works offline: cross-references to Python, attrs, cattrs and
hypothesis resolve through small inventories written here at build time
(``_INVENTORIES``), linking to the projects' published documentation.
"""

import zlib
from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.ext.napoleon import Config as NapoleonConfig
from sphinx.ext.napoleon import GoogleDocstring

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent

project = "newsmodel"
author = "The newsmodel developers"
copyright = "2024, The newsmodel developers"
release = _version("newsmodel")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "myst_parser",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
nitpicky = True

html_theme = "furo"
html_title = f"newsmodel {release}"

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_typehints_format = "short"
python_use_unqualified_type_names = True
_NAPOLEON = NapoleonConfig(napoleon_use_rtype=False, napoleon_use_ivar=True)
"""Google-style sections (Args, Returns, Raises) in function and class docstrings."""

# Doctests run from the project's top folder, so examples read the seed article
# as a reader in a clone would: Path("seeds/000_7280440e1ed9c9bf.txt"). The
# public names are in scope, as they are for the docstrings' own examples.
doctest_global_setup = f"""
from newsmodel import *
import os as _os
_doctest_cwd = _os.getcwd()
_os.chdir({str(ROOT)!r})
"""
doctest_global_cleanup = """
_os.chdir(_doctest_cwd)
"""
doctest_test_doctest_blocks = "default"

_INVENTORIES: dict[str, tuple[str, str]] = {
    "python": (
        "https://docs.python.org/3/",
        """
str py:class library/stdtypes.html#$
int py:class library/functions.html#$
float py:class library/functions.html#$
bool py:class library/functions.html#$
bytes py:class library/stdtypes.html#$
dict py:class library/stdtypes.html#$
list py:class library/stdtypes.html#$
tuple py:class library/stdtypes.html#$
object py:class library/functions.html#$
None py:data library/constants.html#$
Exception py:exception library/exceptions.html#$
ValueError py:exception library/exceptions.html#$
TypeError py:exception library/exceptions.html#$
AttributeError py:exception library/exceptions.html#$
UnicodeDecodeError py:exception library/exceptions.html#$
enum.Enum py:class library/enum.html#$
types.MappingProxyType py:class library/types.html#$
frozenset py:class library/stdtypes.html#$
pathlib.Path py:class library/pathlib.html#$
collections.abc.Callable py:class library/collections.abc.html#$
collections.abc.Iterable py:class library/collections.abc.html#$
collections.abc.Iterator py:class library/collections.abc.html#$
collections.abc.Mapping py:class library/collections.abc.html#$
collections.abc.Sequence py:class library/collections.abc.html#$
typing.Any py:data library/typing.html#$
json py:module library/json.html#module-$
json.dumps py:function library/json.html#$
json.loads py:function library/json.html#$
pickle py:module library/pickle.html#module-$
argparse py:module library/argparse.html#module-$
concurrent.futures py:module library/concurrent.futures.html#module-$
csv py:module library/csv.html#module-$
dataclasses.replace py:function library/dataclasses.html#$
""",
    ),
    "attrs": (
        "https://www.attrs.org/en/stable/",
        """
attrs.evolve py:function api.html#$
attrs.frozen py:function api.html#$
attrs.fields py:function api.html#$
attrs.asdict py:function api.html#$
attrs.exceptions.FrozenInstanceError py:exception api.html#$
""",
    ),
    "cattrs": (
        "https://catt.rs/en/stable/",
        """
cattrs.Converter py:class cattrs.html#$
cattrs.ClassValidationError py:exception cattrs.html#$
""",
    ),
    "hypothesis": (
        "https://hypothesis.readthedocs.io/en/latest/",
        """
hypothesis.given py:function reference/api.html#$
hypothesis.settings py:class reference/api.html#$
hypothesis.strategies.SearchStrategy py:class reference/strategies.html#$
hypothesis.strategies.from_type py:function reference/strategies.html#$
hypothesis.strategies.composite py:function reference/strategies.html#$
hypothesis.strategies.text py:function reference/strategies.html#$
hypothesis.strategies.DrawFn py:class reference/strategies.html#$
""",
    ),
    "jsonschema": (
        "https://python-jsonschema.readthedocs.io/en/stable/",
        """
jsonschema.validate py:function api/jsonschema/#$
""",
    ),
}
"""For each project: its documentation's address and, one a line, the objects
newsmodel's docs refer to: name, domain:role, address relative to the first."""


def _write_inventories() -> dict[str, tuple[str, str]]:
    """Write one objects.inv per project into ``_build`` and map them for intersphinx."""
    folder = DOCS / "_build" / "_inventories"
    folder.mkdir(parents=True, exist_ok=True)
    mapping = {}
    for name, (url, table) in _INVENTORIES.items():
        header = (
            "# Sphinx inventory version 2\n"
            f"# Project: {name}\n"
            "# Version: \n"
            "# The remainder of this file is compressed using zlib.\n"
        )
        objects = [line.split() for line in table.strip().splitlines()]
        body = "".join(f"{obj} {role} 1 {uri} -\n" for obj, role, uri in objects)
        path = folder / f"{name}.inv"
        path.write_bytes(header.encode() + zlib.compress(body.encode()))
        mapping[name] = (url, str(path))
    return mapping


intersphinx_mapping = _write_inventories()
intersphinx_timeout = 1


def _resolve_private_module(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    """Resolve ``newsmodel._model.Article`` (as annotations name it) to ``newsmodel.Article``.

    The public names are documented where users import them from, the top-level
    package; type annotations carry the private module they are defined in.
    """
    target = str(node.get("reftarget", ""))
    if node.get("refdomain") != "py" or not target.startswith("newsmodel._"):
        return None
    parts = target.split(".")
    public = ".".join(["newsmodel", *parts[2:]])
    domain: Any = env.get_domain("py")
    for reftype in (str(node.get("reftype")), "obj"):
        resolved = domain.resolve_xref(
            env, node.get("refdoc", ""), app.builder, reftype, public, node, contnode
        )
        if resolved is not None:
            return resolved  # type: ignore[no-any-return]
    return None


def _google_sections(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: Any,
    lines: list[str],
) -> None:
    """Turn Google-style sections into reST, except in attribute docstrings.

    Attribute docstrings are prose (``The headline: the first non-blank line.``);
    read as Google style, the words before a colon would be taken for a type.
    """
    if what in {"attribute", "data", "property"}:
        return
    docstring = GoogleDocstring(lines, _NAPOLEON, app, what, name, obj, options)
    lines[:] = docstring.lines()


def setup(app: Sphinx) -> None:
    """Connect the Google-style docstring reader and the private-module resolver."""
    app.connect("autodoc-process-docstring", _google_sections)
    app.connect("missing-reference", _resolve_private_module)
