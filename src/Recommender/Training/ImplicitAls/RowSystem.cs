using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>
/// The least-squares system of one row x given the other side's factors H: minimise
/// Σ_observed c_j (h_j·x − 1)² + α0 Σ_all (h·x)² + λ_x ‖x‖², i.e. solve A x = b with
/// A = α0 G + λ_x I + Σ_observed c_j h_j h_jᵀ and b = Σ_observed c_j h_j, where G is H's Gramian. A is never formed:
/// A·p costs one d × d product with G plus 2d per observed column (Takács et al. 2011, "Applications of the conjugate
/// gradient method for implicit feedback collaborative filtering"); <see cref="LockstepConjugateGradient"/> solves it.
/// </summary>
internal readonly ref struct RowSystem(
    LatentFactors other, float unobservedWeight, float regularization, ReadOnlySpan<int> columns, ReadOnlySpan<float> weights)
{
    private readonly LatentFactors _other = other;
    private readonly ReadOnlySpan<int> _columns = columns;
    private readonly ReadOnlySpan<float> _weights = weights;

    /// <summary>
    /// A·vector from <paramref name="result"/> = G·vector (<see cref="LockstepConjugateGradient"/> computes that for several
    /// rows at once): α0 G·vector + λ_x vector + Σ_observed c_j h_j (h_j·vector).
    /// </summary>
    public void CompleteProduct(ReadOnlySpan<float> vector, Span<float> result)
    {
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
}
