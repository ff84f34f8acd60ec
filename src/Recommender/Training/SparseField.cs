namespace KnowledgePay.Recommender.Training;

/// <summary>The non-zero entries of one field of one example: vocabulary indices and their values.</summary>
internal sealed record SparseField(int[] Indices, float[] Values)
{
    public static readonly SparseField Empty = new([], []);

    public static SparseField OneHot(int index) => new([index], [1f]);
}
