using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>
/// Warm-started conjugate gradient on the <see cref="RowSystem"/>s of up to <see cref="Rows"/> rows at once, step by
/// step together, so that their products with the d × d Gramian G — most of a step's work — share every load of G.
/// Each row takes exactly the steps it would take alone: it stops when its residual vanishes or its curvature is not
/// positive, and every one of its numbers is computed as alone.
/// </summary>
internal static class LockstepConjugateGradient
{
    public const int Rows = 4;

    /// <summary>Floats of work space <see cref="Solve"/> needs for factors of <paramref name="dimension"/>.</summary>
    public static int WorkLength(int dimension) => 3 * Rows * dimension;

    /// <summary>
    /// <see cref="ImplicitAlsOptions.ConjugateGradientSteps"/> steps on rows [<paramref name="first"/>, first + count) of
    /// <paramref name="solved"/>, each from its current value, given the other side's factors and their Gramian; a row
    /// with no observed pairs is set to its exact solution, 0.
    /// </summary>
    public static void Solve(
        LatentFactors solved, int first, int count, LatentFactors other, float[] gramian, ImplicitFeedback feedback, ImplicitAlsOptions options,
        float[] work)
    {
        var dimension = solved.Dimension;
        var length = Rows * dimension;
        var residuals = work.AsSpan(0, length);
        var directions = work.AsSpan(length, length);
        var products = work.AsSpan(2 * length, length);
        Span<float> squares = stackalloc float[Rows];
        Span<bool> active = stackalloc bool[Rows];
        var regularization = new float[Rows];
        for (var row = 0; row < Rows; row++)
        {
            active[row] = row < count && !feedback.Weights(first + row).IsEmpty;
            if (row < count && !active[row])
            {
                solved.Row(first + row).Clear();
            }

            regularization[row] = active[row] ? ImplicitAlsTrainer.Regularization(feedback.Weights(first + row), other.Count, options) : 0f;
        }

        RowSystem System(int row) => new(
            other, options.UnobservedWeight, regularization[row], feedback.Columns(first + row), feedback.Weights(first + row));

        // r = b − A·x and p = r, from G·x of every row at once (x is read in place; rows past the block count as zero).
        directions.Clear();
        for (var row = 0; row < count; row++)
        {
            solved.Row(first + row).CopyTo(directions.Slice(row * dimension, dimension));
        }

        GramianProducts(gramian, directions, products, dimension);
        for (var row = 0; row < Rows; row++)
        {
            if (active[row])
            {
                squares[row] = Start(
                    System(row), solved.Row(first + row), Part(residuals, row, dimension), Part(directions, row, dimension), Part(products, row, dimension));
            }
        }

        for (var step = 0; step < options.ConjugateGradientSteps; step++)
        {
            var any = false;
            for (var row = 0; row < Rows; row++)
            {
                active[row] &= squares[row] > 1e-20f;
                any |= active[row];
            }

            if (!any)
            {
                return;
            }

            GramianProducts(gramian, directions, products, dimension);
            for (var row = 0; row < Rows; row++)
            {
                active[row] = active[row] && Step(
                    System(row), solved.Row(first + row), Part(residuals, row, dimension), Part(directions, row, dimension), Part(products, row, dimension),
                    ref squares[row]);
            }
        }
    }

    private static Span<float> Part(Span<float> rows, int row, int dimension) => rows.Slice(row * dimension, dimension);

    /// <summary>r = b − A·x and p = r, from <paramref name="product"/> = G·x; returns ‖r‖².</summary>
    private static float Start(RowSystem system, Span<float> x, Span<float> residual, Span<float> direction, Span<float> product)
    {
        system.CompleteProduct(x, product);
        system.RightHandSide(residual);
        TensorPrimitives.Subtract(residual, product, residual);
        residual.CopyTo(direction);
        return TensorPrimitives.Dot(residual, residual);
    }

    /// <summary>One CG step from <paramref name="product"/> = G·p; false, and nothing changed, when p's curvature is not positive.</summary>
    private static bool Step(RowSystem system, Span<float> x, Span<float> residual, Span<float> direction, Span<float> product, ref float squares)
    {
        system.CompleteProduct(direction, product);
        var curvature = TensorPrimitives.Dot(direction, product);
        if (curvature <= 0f)
        {
            return false;
        }

        var length = squares / curvature;
        TensorPrimitives.MultiplyAdd(direction, length, x, x);
        TensorPrimitives.MultiplyAdd(product, -length, residual, residual);
        var next = TensorPrimitives.Dot(residual, residual);
        TensorPrimitives.MultiplyAdd(direction, next / squares, residual, direction);
        squares = next;
        return true;
    }

    /// <summary>
    /// results_k = G·vectors_k for the <see cref="Rows"/> vectors (row-major) and the symmetric G, as Σ_a vectors_k[a] ·
    /// G's row a: 32 columns of each of the four results at a time in registers, so every load of G serves four
    /// multiply-adds. Each entry sums over a in order, whichever row it belongs to.
    /// </summary>
    private static void GramianProducts(ReadOnlySpan<float> gramian, ReadOnlySpan<float> vectors, Span<float> results, int dimension)
    {
        ref var matrix = ref MemoryMarshal.GetReference(gramian);
        ref var v0 = ref MemoryMarshal.GetReference(vectors);
        ref var v1 = ref Unsafe.Add(ref v0, dimension);
        ref var v2 = ref Unsafe.Add(ref v1, dimension);
        ref var v3 = ref Unsafe.Add(ref v2, dimension);
        ref var target = ref MemoryMarshal.GetReference(results);
        var step = Vector256<float>.Count;
        var column = 0;
        for (; column <= dimension - (4 * step); column += 4 * step)
        {
            var (a0, a1, a2, a3) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
            var (b0, b1, b2, b3) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
            var (c0, c1, c2, c3) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
            var (d0, d1, d2, d3) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
            for (var a = 0; a < dimension; a++)
            {
                ref var line = ref Unsafe.Add(ref matrix, (a * dimension) + column);
                var g0 = Vector256.LoadUnsafe(ref line);
                var g1 = Vector256.LoadUnsafe(ref line, (nuint)step);
                var g2 = Vector256.LoadUnsafe(ref line, (nuint)(2 * step));
                var g3 = Vector256.LoadUnsafe(ref line, (nuint)(3 * step));
                var w = Vector256.Create(Unsafe.Add(ref v0, a));
                (a0, a1, a2, a3) = (Vector256.FusedMultiplyAdd(w, g0, a0), Vector256.FusedMultiplyAdd(w, g1, a1), Vector256.FusedMultiplyAdd(w, g2, a2), Vector256.FusedMultiplyAdd(w, g3, a3));
                w = Vector256.Create(Unsafe.Add(ref v1, a));
                (b0, b1, b2, b3) = (Vector256.FusedMultiplyAdd(w, g0, b0), Vector256.FusedMultiplyAdd(w, g1, b1), Vector256.FusedMultiplyAdd(w, g2, b2), Vector256.FusedMultiplyAdd(w, g3, b3));
                w = Vector256.Create(Unsafe.Add(ref v2, a));
                (c0, c1, c2, c3) = (Vector256.FusedMultiplyAdd(w, g0, c0), Vector256.FusedMultiplyAdd(w, g1, c1), Vector256.FusedMultiplyAdd(w, g2, c2), Vector256.FusedMultiplyAdd(w, g3, c3));
                w = Vector256.Create(Unsafe.Add(ref v3, a));
                (d0, d1, d2, d3) = (Vector256.FusedMultiplyAdd(w, g0, d0), Vector256.FusedMultiplyAdd(w, g1, d1), Vector256.FusedMultiplyAdd(w, g2, d2), Vector256.FusedMultiplyAdd(w, g3, d3));
            }

            Store(ref target, column, step, a0, a1, a2, a3);
            Store(ref target, dimension + column, step, b0, b1, b2, b3);
            Store(ref target, (2 * dimension) + column, step, c0, c1, c2, c3);
            Store(ref target, (3 * dimension) + column, step, d0, d1, d2, d3);
        }

        for (; column < dimension; column++)
        {
            for (var row = 0; row < Rows; row++)
            {
                ref var vector = ref Unsafe.Add(ref v0, row * dimension);
                var sum = 0f;
                for (var a = 0; a < dimension; a++)
                {
                    sum = MathF.FusedMultiplyAdd(Unsafe.Add(ref vector, a), Unsafe.Add(ref matrix, (a * dimension) + column), sum);
                }

                Unsafe.Add(ref target, (row * dimension) + column) = sum;
            }
        }
    }

    private static void Store(ref float target, int at, int step, Vector256<float> first, Vector256<float> second, Vector256<float> third, Vector256<float> fourth)
    {
        first.StoreUnsafe(ref target, (nuint)at);
        second.StoreUnsafe(ref target, (nuint)(at + step));
        third.StoreUnsafe(ref target, (nuint)(at + (2 * step)));
        fourth.StoreUnsafe(ref target, (nuint)(at + (3 * step)));
    }
}
