"""Report: a Comparison as JSON (versioned contract), in the terminal (Rich), or as an HTML page."""

from .html import render_html
from .json import SCHEMA, to_dict, to_json
from .terminal import render

__all__ = ["SCHEMA", "render", "render_html", "to_dict", "to_json"]
