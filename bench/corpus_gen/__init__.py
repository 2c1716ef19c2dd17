"""Benchmark corpus generator for wiretrace (see docs/corpus-generator.md).

``python -m bench.corpus_gen --size 10000 --out DIR --seed 1`` writes ``corpus.jsonl``,
``labels.jsonl``, ``lost.jsonl`` and ``meta.json``. Every text is built here, from templates and
syllable tables written for this generator; nothing is read from ``../shared`` or real articles.

Modules, in the order a document is made:

* ``tmpl`` — the aligned English/German template language;
* ``names``, ``slots`` — invented people, places, organisations, outlets; numbers with hedges;
* ``topics/`` — one module of template pools per topic, ``common`` for what all topics share;
* ``synonyms`` — the synonym table (house style, rewrites, round trips);
* ``story`` — assembles an original from a topic, renders it in either language;
* ``doc`` — a document with its label fields;
* ``derive``, ``roundtrip``, ``translate`` — one plain function per copy kind;
* ``family`` — one unit: a lone original, an event pair, or a family with chains and lost copies;
* ``config`` — the composition; ``write`` — planning, worker processes, streaming, ``meta.json``;
* ``measure`` — word 5-gram Jaccard.
"""

VERSION = "1.1"
