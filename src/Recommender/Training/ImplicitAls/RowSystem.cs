using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>
/// The least-squares system of one row x given the other side's factors H: minimise
/// Σ_observed c_j (h_j·x − 1)² + α0 Σ_all (h·x)² + λ_x ‖x‖², i.e. solve A x = b with
/// A = α0 G + λ_x I + Σ_observed c_j h_j h_jᵀ and b = Σ_observed c_j h_j, where G is H's Gramian. A is never formed:
/// A·p costs one d × d product with G plus 2d per observed column (Takács et al. 2011, "Applications of the conjugate
/// gradient method for implicit feedback collaborative filtering").
/// </summary>
internal readonly ref struct RowSystem(
    LatentFactors other, ReadOnlySpan<float> gramian, float unobservedWeight, float regularization, ReadOnlySpan<int> columns, ReadOnlySpan<float> weights)
{
    private readonly LatentFactors _other = other;
    private readonly ReadOnlySpan<float> _gramian = gramian;
    private readonly ReadOnlySpan<int> _columns = columns;
    private readonly ReadOnlySpan<float> _weights = weights;

    public void Multiply(ReadOnlySpan<float> vector, Span<float> result)
    {
        GramianProduct(_gramian, vector, result);
        TensorPrimitives.Multiply(result, unobservedWeight, result);
        TensorPrimitives.MultiplyAdd(vector, regularization, result, result);

        for (var entry = 0; entry < _columns.Length; entry++)
        {
            var row = _other.Row(_columns[entry]);
            TensorPrimitives.MultiplyAdd(row, _weights[entry] * TensorPrimitives.Dot(row, vector), result, result);
        }
    }

    public void RightHandSide(Span<float> result)
    {
        result.Clear();
        for (var entry = 0; entry < _columns.Length; entry++)
        {
            TensorPrimitives.MultiplyAdd(_other.Row(_columns[entry]), _weights[entry], result, result);
        }
    }

    /// <summary>
    /// <paramref name="steps"/> conjugate-gradient steps from the current <paramref name="x"/>; each lowers the row's
    /// loss (A is symmetric positive definite), and d steps reach the exact solution in exact arithmetic.
    /// <paramref name="work"/> holds 3d floats.
    /// </summary>
    public void ConjugateGradient(Span<float> x, int steps, Span<float> work)
    {
        var dimension = x.Length;
        var residual = work[..dimension];
        var direction = work.Slice(dimension, dimension);
        var product = work.Slice(2 * dimension, dimension);
        RightHandSide(residual);
        Multiply(x, product);
        TensorPrimitives.Subtract(residual, product, residual);
        residual.CopyTo(direction);
        var residualSquares = TensorPrimitives.Dot(residual, residual);
        for (var step = 0; step < steps && residualSquares > 1e-20f; step++)
        {
            Multiply(direction, product);
            var curvature = TensorPrimitives.Dot(direction, product);
            if (curvature <= 0f)
            {
                break;
            }

            var length = residualSquares / curvature;
            TensorPrimitives.MultiplyAdd(direction, length, x, x);
            TensorPrimitives.MultiplyAdd(product, -length, residual, residual);
            var next = TensorPrimitives.Dot(residual, residual);
            TensorPrimitives.MultiplyAdd(direction, next / residualSquares, residual, direction);
            residualSquares = next;
        }
    }

    /// <summary>
    /// result = G·vector for the symmetric G, as Σ_a vector_a · G's row a, 32 columns of the result at a time held in
    /// registers: one load of G per multiply-add, where a dot product per row needs two.
    /// </summary>
    private static void GramianProduct(ReadOnlySpan<float> gramian, ReadOnlySpan<float> vector, Span<float> result)
    {
        var dimension = vector.Length;
        ref var matrix = ref MemoryMarshal.GetReference(gramian);
        ref var weights = ref MemoryMarshal.GetReference(vector);
        ref var target = ref MemoryMarshal.GetReference(result);
        var step = Vector256<float>.Count;
        var column = 0;
        for (; column <= dimension - (4 * step); column += 4 * step)
        {
            var (a0, a1, a2, a3) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
            for (var a = 0; a < dimension; a++)
            {
                var weight = Vector256.Create(Unsafe.Add(ref weights, a));
                ref var row = ref Unsafe.Add(ref matrix, (a * dimension) + column);
                a0 = Vector256.FusedMultiplyAdd(weight, Vector256.LoadUnsafe(ref row), a0);
                a1 = Vector256.FusedMultiplyAdd(weight, Vector256.LoadUnsafe(ref row, (nuint)step), a1);
                a2 = Vector256.FusedMultiplyAdd(weight, Vector256.LoadUnsafe(ref row, (nuint)(2 * step)), a2);
                a3 = Vector256.FusedMultiplyAdd(weight, Vector256.LoadUnsafe(ref row, (nuint)(3 * step)), a3);
            }

            a0.StoreUnsafe(ref target, (nuint)column);
            a1.StoreUnsafe(ref target, (nuint)(column + step));
            a2.StoreUnsafe(ref target, (nuint)(column + (2 * step)));
            a3.StoreUnsafe(ref target, (nuint)(column + (3 * step)));
        }

        for (; column < dimension; column++)
        {
            var sum = 0f;
            for (var a = 0; a < dimension; a++)
            {
                sum += Unsafe.Add(ref weights, a) * Unsafe.Add(ref matrix, (a * dimension) + column);
            }

            Unsafe.Add(ref target, column) = sum;
        }
    }
}
