using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>
/// Rows of floats that each start on a 64-byte cache line and span whole lines: a row is read in the fewest lines, and
/// two threads stepping different rows never write to the same line. The array is allocated on the pinned object heap,
/// which the garbage collector never moves, so the alignment found at allocation holds.
/// </summary>
internal sealed class AlignedRows
{
    public const int FloatsPerLine = 64 / sizeof(float);

    private readonly float[] _floats;
    private readonly int _origin;

    public AlignedRows(int rows, int width)
    {
        Stride = Lines(width) * FloatsPerLine;
        Count = rows;
        _floats = GC.AllocateArray<float>((rows * Stride) + FloatsPerLine, pinned: true);
        var misalignment = (int)(Marshal.UnsafeAddrOfPinnedArrayElement(_floats, 0) % 64) / sizeof(float);
        _origin = (FloatsPerLine - misalignment) % FloatsPerLine;
    }

    /// <summary>Floats from one row's start to the next's: the width rounded up to whole cache lines (zeros past the width).</summary>
    public int Stride { get; }

    public int Count { get; }

    public static int Lines(int width) => (width + FloatsPerLine - 1) / FloatsPerLine;

    public Span<float> Row(int row) => _floats.AsSpan(_origin + (row * Stride), Stride);

    /// <summary>
    /// Asks the processor to bring the row's lines into the caches without waiting for them (nothing where x86's
    /// prefetch is missing). The array is pinned, so the address stays the row's.
    /// </summary>
    public unsafe void Prefetch(int row)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var start = (float*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(Row(row)));
        for (var line = 0; line < Stride; line += FloatsPerLine)
        {
            Sse.Prefetch0(start + line);
        }
    }

    /// <summary>Every row, back to back (for whole-array passes such as averaging).</summary>
    public Span<float> All => _floats.AsSpan(_origin, Count * Stride);
}
