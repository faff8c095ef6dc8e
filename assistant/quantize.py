"""Weight-only int8 for a causal LM on the CPU: the fast decode path.

Decoding a small model one token at a time is bound by reading its weights
from memory, so storing them in int8 (a quarter of fp32) is most of the
speed-up. Only the weights are quantized, per output channel; activations
stay in bf16 inside the matmul. PyTorch's dynamic int8 quantization also
quantizes activations per tensor, and that flipped answers of SmolLM2
(outlier activations) and made a batched answer depend on the other rows of
the batch; weight-only int8 does neither.

The kernel is ``torch._weight_int8pack_mm`` (int8 weights x bf16
activations, accumulated in fp32), kept behind :class:`Int8Linear`.
"""
from __future__ import annotations

import torch

ACTIVATION = torch.bfloat16
# Above this many rows (a prompt being read, not a token being decoded) one
# bf16 GEMM over the weights dequantized on the fly beats the int8 kernel,
# which is built for the few-row decode case.
GEMM_ROWS = 32


class Int8Linear(torch.nn.Module):
    """A Linear layer whose weight rests as int8 with one bf16 scale per output row."""

    def __init__(self, linear: torch.nn.Linear):
        super().__init__()
        weight = linear.weight.detach().float()
        scale = (weight.abs().amax(dim=1) / 127).clamp(min=1e-12)
        self.in_features, self.out_features = linear.in_features, linear.out_features
        self.register_buffer("weight", torch.round(weight / scale[:, None]).clamp(-127, 127)
                             .to(torch.int8).contiguous())
        self.register_buffer("scales", scale.to(ACTIVATION))
        bias = linear.bias
        self.register_buffer("bias", None if bias is None else bias.detach().float().clone())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        flat = x.reshape(-1, self.in_features).to(ACTIVATION)
        if flat.shape[0] > GEMM_ROWS:
            y = torch.nn.functional.linear(flat, self.weight.to(ACTIVATION) * self.scales[:, None])
        else:
            y = torch._weight_int8pack_mm(flat, self.weight, self.scales)
        y = y.to(x.dtype).reshape(*x.shape[:-1], self.out_features)
        return y if self.bias is None else y + self.bias

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, int8 weights"


def quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """Replace every Linear (the vocabulary head included) with :class:`Int8Linear`, in place.

    A head tied to the input embeddings gets its own int8 copy; the embedding
    lookup keeps fp32 (it reads one row per token, so it costs little).
    """
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, torch.nn.Linear):
                setattr(parent, name, Int8Linear(child))
    if getattr(model, "config", None) is not None:
        model.config.tie_word_embeddings = False  # the head is no longer the embedding matrix
    return model
