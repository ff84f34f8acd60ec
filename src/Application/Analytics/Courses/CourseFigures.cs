namespace KnowledgePay.Application.Analytics.Courses;

/// <summary>One course's counts and sums within a period, as the database returns them; the rates are derived from them.</summary>
public sealed class CourseFigures
{
    public Guid CourseId { get; init; }

    public int Views { get; init; }

    public int Viewers { get; init; }

    public int Buyers { get; init; }

    public long GmvFen { get; init; }

    public long RefundedFen { get; init; }

    public int Refunds { get; init; }

    public int Ratings { get; init; }

    public long Stars { get; init; }

    public int Learners { get; init; }

    public int Completers { get; init; }
}
