"""Report: a Comparison as JSON (versioned contract), in the terminal (Rich), or as an HTML page;
a story's family tree as JSON, in the terminal, as Graphviz dot or SVG."""

from .html import render_html
from .json import SCHEMA, to_dict, to_json
from .svg import coverage_svg, tree_svg
from .terminal import render
from .tree import SCHEMA as TREE_SCHEMA
from .tree import render_tree, tree_dict, tree_dot, tree_json

__all__ = ["SCHEMA", "TREE_SCHEMA", "coverage_svg", "render", "render_html", "render_tree", "to_dict", "to_json",
           "tree_dict", "tree_dot", "tree_json", "tree_svg"]
