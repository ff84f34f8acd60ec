using KnowledgePay.Application.Common.Querying.Filtering;

namespace KnowledgePay.Application.UnitTests.Common.Querying;

public sealed class FilterLimitsTests
{
    private static readonly Filter Title = new FieldCondition("title", FilterOperator.Eq, "Go");

    [Fact]
    public void AcceptsFilterAsDeepAndWideAsAllowed()
    {
        var filter = Nested(FilterLimits.MaxDepth - 1, new AnyOf([.. Enumerable.Repeat(Title, FilterLimits.MaxOperands)]));

        Assert.Null(FilterLimits.Check(filter));
    }

    [Fact]
    public void RefusesFilterWhenNestedOneLevelTooDeep()
    {
        var filter = Nested(FilterLimits.MaxDepth + 1, Title);

        Assert.Contains($"{FilterLimits.MaxDepth} levels", FilterLimits.Check(filter));
    }

    [Fact]
    public void RefusesFilterWhenListConditionsNestTooDeep()
    {
        Filter filter = Title;
        for (var i = 0; i <= FilterLimits.MaxDepth; i++)
        {
            filter = new ListCondition("tags", ListOperator.Some, filter);
        }

        Assert.NotNull(FilterLimits.Check(filter));
    }

    [Fact]
    public void RefusesFilterWhenOrCombinesOneOperandTooMany()
    {
        var filter = new AnyOf([.. Enumerable.Repeat(Title, FilterLimits.MaxOperands + 1)]);

        Assert.Contains($"at most {FilterLimits.MaxOperands} filters", FilterLimits.Check(filter));
    }

    [Fact]
    public void RefusesFilterWhenItHoldsTooManyConditionsInAll()
    {
        var wide = new AnyOf([.. Enumerable.Repeat(Title, FilterLimits.MaxOperands)]);
        var filter = new AllOf([wide, wide, wide]);

        Assert.Contains($"at most {FilterLimits.MaxConditions} conditions", FilterLimits.Check(filter));
    }

    private static Filter Nested(int depth, Filter innermost)
    {
        var filter = innermost;
        for (var i = 0; i < depth; i++)
        {
            filter = new AllOf([filter]);
        }

        return filter;
    }
}
