namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>The rows of a <see cref="SummedRows"/> that a thread draws its negatives from: <paramref name="Count"/> from <paramref name="First"/>.</summary>
internal readonly record struct DrawRows(int First, int Count);
