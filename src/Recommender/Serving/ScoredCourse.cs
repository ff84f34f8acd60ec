namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// A course index and its score, in the order of every top-k list: the higher score first, and between equal scores
/// the lower index (catalogue order), so lists are deterministic. Sorting puts the best first.
/// </summary>
internal readonly record struct ScoredCourse(int Course, float Score) : IComparable<ScoredCourse>
{
    public bool Outranks(ScoredCourse other) => Score > other.Score || (Score == other.Score && Course < other.Course);

    public int CompareTo(ScoredCourse other) => Outranks(other) ? -1 : other.Outranks(this) ? 1 : 0;
}
