namespace KnowledgePay.Application.Analytics.Cohorts;

// Row shapes the cohort statements project into: named types, so the bucket expressions can be composed over them.

/// <summary>A user and the instant that put them in a cohort.</summary>
internal sealed class CohortMember
{
    public Guid UserId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}

/// <summary>A user and the index of their cohort's bucket.</summary>
internal sealed class CohortUser
{
    public Guid UserId { get; init; }

    public int Cohort { get; init; }
}

/// <summary>Something a cohort's user did at <see cref="At"/>: a learning event (no revenue) or a paid order.</summary>
internal sealed class CohortActivity
{
    public Guid UserId { get; init; }

    public int Cohort { get; init; }

    public DateTimeOffset At { get; init; }

    public long NetFen { get; init; }
}

/// <summary>An activity placed in its cohort's period: the number of buckets between the cohort's and its own.</summary>
internal sealed class CohortCell
{
    public Guid UserId { get; init; }

    public int Cohort { get; init; }

    public int Period { get; init; }

    public long NetFen { get; init; }
}

/// <summary>What the database sums for one cohort and period.</summary>
internal sealed record CohortCellSums(int Cohort, int Period, int Users, long NetFen);

/// <summary>What the database sums for one cohort.</summary>
internal sealed record CohortSums(int Cohort, int Users, long LifetimeValueFen);
