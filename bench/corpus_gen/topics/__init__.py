"""Topic registry: each module defines ``TOPIC``; adding a topic is a module and a line here."""

from __future__ import annotations

from ..tmpl import TemplateError
from . import business, common, courts, disaster, health, labour, politics, sport, technology
from .base import ERRORS

assert common.QUOTES  # common pools are parsed here, so their errors are reported below too
TOPICS = (labour.TOPIC, courts.TOPIC, business.TOPIC, politics.TOPIC, disaster.TOPIC, sport.TOPIC, health.TOPIC, technology.TOPIC)
BY_NAME = {t.name: t for t in TOPICS}

if ERRORS:
    raise TemplateError("misaligned templates:\n  " + "\n  ".join(ERRORS))
