"""Independent pixel references for the decoder tests, from pydicom + numpy (+ GDCM through pydicom's gdcm
handler, or `gdcmconv --raw` when pydicom cannot decode a file itself).

Usage: pixelReference.py OUT_DIR FILE...  Prints one JSON object per file on stdout. For each frame it writes
OUT_DIR/<n>_<frame>.bin: the stored values after BitsStored masking and sign extension, samples interleaved,
as little-endian int32 (integer data) or the original float type (Float/Double Float Pixel Data). Beside it,
where they apply, pydicom's own pipeline steps on that frame: .mod.bin (apply_modality_lut, float32),
.voi.bin (apply_voi_lut on the modality values, float32), .pal.bin (apply_color_lut, int32) and .rgb.bin
(convert_color_space from YBR_FULL/YBR_FULL_422 to RGB, int32).
HTJ2K, which neither pydicom 2.3 nor GDCM here decodes, is decoded frame by frame with Pillow's OpenJPEG 2.5.
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import pydicom
import pydicom.config
from pydicom.encaps import generate_pixel_data_frame
from pydicom.pixel_data_handlers import gdcm_handler, numpy_handler, pillow_handler, rle_handler
from pydicom.pixel_data_handlers.util import apply_color_lut, apply_modality_lut, apply_voi_lut, convert_color_space

# GDCM before Pillow: Pillow turns JPEG YCbCr into RGB only in some pydicom versions, GDCM is the reference here.
pydicom.config.pixel_data_handlers = [numpy_handler, rle_handler, gdcm_handler, pillow_handler]


def normalise(arr, ds):
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    samples = int(getattr(ds, "SamplesPerPixel", 1) or 1)
    rows, cols = int(ds.Rows), int(ds.Columns)
    arr = np.asarray(arr).reshape(frames, rows, cols, samples)
    if arr.dtype.kind == "f":
        return arr.astype(arr.dtype.newbyteorder("<"))
    bits_stored = int(getattr(ds, "BitsStored", 0) or 0)
    bits_alloc = int(getattr(ds, "BitsAllocated", 0) or 0)
    out = arr.astype(np.int64)
    if bits_alloc > 1 and 0 < bits_stored < 32:
        out &= (1 << bits_stored) - 1
        if int(getattr(ds, "PixelRepresentation", 0) or 0) == 1:
            sign = 1 << (bits_stored - 1)
            out = np.where(out & sign, out - (1 << bits_stored), out)
    return out.astype("<i4")


def decode(path):
    ds = pydicom.dcmread(path, force=True)
    if not any(t in ds for t in ("PixelData", "FloatPixelData", "DoubleFloatPixelData")):
        return ds, None, "none", None
    try:
        return ds, ds.pixel_array, "pydicom", None
    except Exception as error:  # noqa: BLE001 - fall back to gdcmconv and report why
        first = f"{type(error).__name__}: {error}"
    if str(ds.file_meta.get("TransferSyntaxUID", "")).startswith("1.2.840.10008.1.2.4.20"):
        return ds, htj2k_frames(ds), "pillow-openjpeg", first
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw.dcm")
        run = subprocess.run(["gdcmconv", "--raw", path, raw], capture_output=True, text=True)
        if run.returncode != 0:
            raise RuntimeError(f"pydicom: {first}; gdcmconv --raw: rc={run.returncode} {run.stderr.strip()[:200]}")
        ds2 = pydicom.dcmread(raw, force=True)
        return ds2, ds2.pixel_array, "gdcmconv", first


def htj2k_frames(ds):
    import io

    from PIL import Image

    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    decoded = [np.asarray(Image.open(io.BytesIO(f))) for f in generate_pixel_data_frame(ds.PixelData, frames)]
    return np.stack(decoded)


def functional_group_rescale(ds, index):
    """(slope, intercept) of a frame from the Pixel Value Transformation Sequence (PS3.3 C.7.6.16.2.9)."""
    for name in ("PerFrameFunctionalGroupsSequence", "SharedFunctionalGroupsSequence"):
        items = ds.get(name)
        if not items:
            continue
        item = items[index] if name.startswith("PerFrame") and index < len(items) else items[0]
        pvt = item.get("PixelValueTransformationSequence")
        if pvt:
            return float(pvt[0].get("RescaleSlope", 1) or 1), float(pvt[0].get("RescaleIntercept", 0) or 0)
    return None


def functional_group_window(ds, index):
    """[center, width] of a frame from the Frame VOI LUT Sequence (PS3.3 C.7.6.16.2.10), if any."""
    for name in ("PerFrameFunctionalGroupsSequence", "SharedFunctionalGroupsSequence"):
        items = ds.get(name)
        if not items:
            continue
        item = items[index] if name.startswith("PerFrame") and index < len(items) else items[0]
        voi = item.get("FrameVOILUTSequence")
        if voi and "WindowCenter" in voi[0]:
            first = lambda v: float(v[0] if isinstance(v, pydicom.multival.MultiValue) else v)  # noqa: E731
            return [first(voi[0].WindowCenter), first(voi[0].WindowWidth)]
    return None


def extras(ds, frame, base, index):
    """pydicom's pipeline functions on one normalised frame, written beside it."""
    written = {}
    if frame.size > 4_000_000:
        return {"extrasSkipped": "frame larger than 4 Mpixel: pipeline references skipped to keep the test fast"}
    photometric = str(getattr(ds, "PhotometricInterpretation", ""))
    single = frame[..., 0] if frame.shape[-1] == 1 else frame
    if photometric.startswith("MONOCHROME") and frame.dtype.kind != "f":
        rescale = functional_group_rescale(ds, index)
        if rescale and "RescaleSlope" not in ds and "ModalityLUTSequence" not in ds:
            # pydicom 2.3 reads only top-level Rescale; enhanced objects keep it in the functional groups.
            mod = single.astype("<f8") * rescale[0] + rescale[1]
        else:
            mod = apply_modality_lut(single, ds).astype("<f8")
        mod.astype("<f4").tofile(base + ".mod.bin")
        written["mod"] = base + ".mod.bin"
        window = functional_group_window(ds, index)
        if window:
            written["fgWindow"] = window
        elif "WindowCenter" in ds or "VOILUTSequence" in ds:
            # pydicom 2.3 windows with top-level attributes only, so frames with their own window are left out.
            apply_voi_lut(mod, ds, index=0).astype("<f4").tofile(base + ".voi.bin")
            written["voi"] = base + ".voi.bin"
    if photometric == "PALETTE COLOR":
        apply_color_lut(single.astype(np.uint16 if int(ds.BitsAllocated) > 8 else np.uint8), ds).astype("<i4").tofile(
            base + ".pal.bin"
        )
        written["pal"] = base + ".pal.bin"
    if photometric in ("YBR_FULL", "YBR_FULL_422") and frame.shape[-1] == 3:
        rgb = convert_color_space(frame.astype(np.uint8), photometric, "RGB")
        rgb.astype("<i4").tofile(base + ".rgb.bin")
        written["rgb"] = base + ".rgb.bin"
    return written


def main():
    out_dir, files = sys.argv[1], sys.argv[2:]
    for n, path in enumerate(files):
        result = {"file": path}
        try:
            ds, arr, via, note = decode(path)
            result["via"] = via
            if note:
                result["pydicomError"] = note
            if arr is None:
                result["status"] = "no-pixels"
            else:
                arr = normalise(arr, ds)
                result["status"] = "ok"
                result["photometric"] = str(getattr(ds, "PhotometricInterpretation", ""))
                result["dtype"] = str(arr.dtype)
                result["frames"] = []
                for f in range(arr.shape[0]):
                    frame = np.ascontiguousarray(arr[f])
                    name = os.path.join(out_dir, f"{n}_{f}.bin")
                    frame.tofile(name)
                    try:
                        more = extras(ds, frame, name[:-4], f)
                    except Exception as error:  # noqa: BLE001 - reported, the decode reference still stands
                        more = {"extrasError": f"{type(error).__name__}: {error}"[:200]}
                    result["frames"].append(
                        {
                            **more,
                            "path": name,
                            "shape": list(frame.shape),
                            "min": float(frame.min()),
                            "max": float(frame.max()),
                            "mean": float(frame.mean(dtype=np.float64)),
                        }
                    )
        except Exception as error:  # noqa: BLE001 - the test states the reason
            result["status"] = "error"
            result["error"] = f"{type(error).__name__}: {error}"[:400]
        print(json.dumps(result), flush=True)


main()
