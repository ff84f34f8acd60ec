namespace KnowledgePay.Application.Common.Querying.Filtering;

/// <summary>
/// How large a <c>where</c> filter may be. Every <c>and</c>/<c>or</c> (fields side by side are an implicit <c>and</c>)
/// and every list condition (<c>some</c>/<c>all</c>/<c>none</c>) opens a level. Bigger trees serve no screen and
/// turn into SQL the databases refuse (SQLite stops at an expression depth of 1,000) or take long to plan.
/// </summary>
public static class FilterLimits
{
    public const int MaxDepth = 5;

    public const int MaxOperands = 20;

    public const int MaxConditions = 50;

    /// <summary>What is wrong with <paramref name="filter"/>'s size, for the client; null when it is within limits.</summary>
    public static string? Check(Filter filter)
    {
        var conditions = 0;
        return Check(filter, 1, ref conditions);
    }

    private static string? Check(Filter filter, int depth, ref int conditions)
    {
        var (children, opensLevel) = filter switch
        {
            AllOf all => (all.Filters, true),
            AnyOf any => (any.Filters, true),
            ListCondition { ElementFilter: { } element } => ([element], true),
            _ => ((IReadOnlyList<Filter>)[], false),
        };
        if (!opensLevel)
        {
            return ++conditions > MaxConditions
                ? $"A filter may hold at most {MaxConditions} conditions."
                : null;
        }

        if (depth > MaxDepth)
        {
            return $"A filter may nest and, or and list conditions at most {MaxDepth} levels deep.";
        }

        if (children.Count > MaxOperands)
        {
            return $"An and or or may combine at most {MaxOperands} filters; use in for many values of one field.";
        }

        foreach (var child in children)
        {
            if (Check(child, depth + 1, ref conditions) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }
}
