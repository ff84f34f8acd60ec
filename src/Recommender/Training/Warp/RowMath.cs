using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>
/// The two products a WARP step repeats most, on rows padded to whole cache lines (<see cref="AlignedRows"/>): lengths
/// are multiples of 16 floats, so a 512- or 256-bit register covers them with no remainder and no dispatch on length.
/// </summary>
internal static class RowMath
{
    /// <summary>Σ a·b over two spans of equal length, a multiple of <see cref="AlignedRows.FloatsPerLine"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        ref var left = ref MemoryMarshal.GetReference(a);
        ref var right = ref MemoryMarshal.GetReference(b);
        var length = (nuint)Math.Min(a.Length, b.Length);
        if (Vector512.IsHardwareAccelerated)
        {
            var sum = Vector512<float>.Zero;
            for (nuint index = 0; index < length; index += 16)
            {
                sum = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref left, index), Vector512.LoadUnsafe(ref right, index), sum);
            }

            return Vector512.Sum(sum);
        }

        var sum256 = Vector256<float>.Zero;
        for (nuint index = 0; index < length; index += 8)
        {
            sum256 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref left, index), Vector256.LoadUnsafe(ref right, index), sum256);
        }

        return Vector256.Sum(sum256);
    }

    /// <summary>destination = source, over the destination's length (short rows: no call into a general copy).</summary>
    public static void Copy(ReadOnlySpan<float> source, Span<float> destination)
    {
        var index = 0;
        for (; index <= destination.Length - Vector256<float>.Count; index += Vector256<float>.Count)
        {
            Vector256.Create(source[index..]).CopyTo(destination[index..]);
        }

        for (; index < destination.Length; index++)
        {
            destination[index] = source[index];
        }
    }

    /// <summary>destination += scale · source, element by element, over the destination's length.</summary>
    public static void AddScaled(ReadOnlySpan<float> source, float scale, Span<float> destination)
    {
        var index = 0;
        for (; index <= destination.Length - Vector256<float>.Count; index += Vector256<float>.Count)
        {
            var sum = Vector256.FusedMultiplyAdd(Vector256.Create(source[index..]), Vector256.Create(scale), Vector256.Create((ReadOnlySpan<float>)destination[index..]));
            sum.CopyTo(destination[index..]);
        }

        for (; index < destination.Length; index++)
        {
            destination[index] = MathF.FusedMultiplyAdd(source[index], scale, destination[index]);
        }
    }
}
