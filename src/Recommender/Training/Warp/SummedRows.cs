namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>
/// Each entity's id and features summed into one row and one bias, which negative draws score against. A training
/// thread keeps its own (<see cref="WarpSideAccess"/>): every draw reads one, and the rows a thread steps are rewritten
/// at once, so shared rows would move between the cores on most draws. A thread sees the other threads' steps of a
/// course when it refreshes every row at the next epoch, as it sees steps of the tokens a course shares with stepped
/// ones (docs/decisions/0065-per-thread-draw-rows.md).
/// </summary>
internal sealed class SummedRows(int entities, int dimension)
{
    /// <summary>The summed embeddings, padded with zeros to whole cache lines.</summary>
    public AlignedRows Rows { get; } = new(entities, dimension);

    public float[] Biases { get; } = new float[entities];
}
