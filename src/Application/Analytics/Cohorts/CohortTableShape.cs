using KnowledgePay.Application.Analytics.Common;

namespace KnowledgePay.Application.Analytics.Cohorts;

/// <summary>Lays the database's sums out as the table: every bucket of the range a cohort, every begun period a cell.</summary>
internal static class CohortTableShape
{
    public static CohortTableDto Of(
        AnalyticsPeriod cohorts,
        AnalyticsPeriod activity,
        DateOnly today,
        int periods,
        IReadOnlyList<CohortSums> sums,
        IReadOnlyList<CohortCellSums> learners,
        IReadOnlyList<CohortCellSums> purchases)
    {
        var sizes = sums.ToDictionary(s => s.Cohort);
        var learnersIn = learners.ToDictionary(c => (c.Cohort, c.Period));
        var purchasesIn = purchases.ToDictionary(c => (c.Cohort, c.Period));
        var table = cohorts.Buckets.Select(bucket =>
        {
            var cohort = sizes.GetValueOrDefault(bucket.Index) ?? new CohortSums(bucket.Index, 0, 0);
            var begun = activity.Buckets.Skip(bucket.Index).Take(periods).TakeWhile(b => b.Start <= today).ToList();
            var cells = new List<CohortPeriodDto>(begun.Count);
            var cumulativeFen = 0L;
            for (var index = 0; index < begun.Count; index++)
            {
                var learned = learnersIn.GetValueOrDefault((bucket.Index, index));
                var bought = purchasesIn.GetValueOrDefault((bucket.Index, index));
                var revenueFen = bought?.NetFen ?? 0;
                cumulativeFen += revenueFen;
                cells.Add(new CohortPeriodDto(
                    index,
                    begun[index],
                    learned?.Users ?? 0,
                    bought?.Users ?? 0,
                    revenueFen,
                    ShareOf(learned?.Users ?? 0, cohort.Users),
                    ShareOf(bought?.Users ?? 0, cohort.Users),
                    ShareOf(cumulativeFen, cohort.Users)));
            }

            return new CohortDto(bucket, cohort.Users, cohort.LifetimeValueFen, cells);
        });
        return new CohortTableDto(cohorts.Bucket, cohorts.Zone.Id, [.. table]);
    }

    /// <summary><paramref name="part"/> per user of the cohort; 0 for a cohort nobody joined, whose cells are all empty.</summary>
    private static double ShareOf(long part, int users) => users == 0 ? 0 : (double)part / users;
}
