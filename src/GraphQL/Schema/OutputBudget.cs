using GraphQL;
using GraphQL.Execution;
using KnowledgePay.GraphQL.Errors;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>
/// How many values (fields and list items) a result may hold: <see cref="Ratio"/> times the cost the document was
/// admitted with, every request being charged at least <see cref="MinimumCost"/> (so a course's lesson list still fits
/// when the estimate took it for a page of ten). Cost is an estimate, so the budget is what makes "output stays within
/// ten times the cost" hold for every request; <see cref="BoundedSerialExecutionStrategy"/> spends it.
/// </summary>
internal sealed class OutputBudget
{
    public const int Ratio = 10;

    public const double MinimumCost = 100;

    private const string Key = "KnowledgePay.OutputBudget";

    private readonly double _limit;
    private double _spent;

    private OutputBudget(double cost)
    {
        Cost = cost;
        _limit = Ratio * Math.Max(cost, MinimumCost);
    }

    /// <summary>The cost the document was admitted with.</summary>
    public double Cost { get; }

    public static void Grant(IDictionary<string, object?> userContext, double cost) =>
        userContext[Key] = new OutputBudget(cost);

    /// <summary>The request's budget; null when its document was refused before (or by) the cost check.</summary>
    public static OutputBudget? Of(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(Key, out var value) ? value as OutputBudget : null;

    /// <summary>Counts <paramref name="values"/> new result values, failing once the result outgrows its budget.</summary>
    public static void Spend(IExecutionContext context, int values)
    {
        if (context.UserContext.TryGetValue(Key, out var value) && value is OutputBudget budget)
        {
            budget._spent += values;
            budget.ThrowIfOverspent();
        }
    }

    public static void ThrowIfOverspent(IExecutionContext context)
    {
        if (context.UserContext.TryGetValue(Key, out var value) && value is OutputBudget budget)
        {
            budget.ThrowIfOverspent();
        }
    }

    private void ThrowIfOverspent()
    {
        if (_spent > _limit)
        {
            throw new ExecutionError(
                $"The result grew past {_limit:0} values, {Ratio} times what the query was estimated to cost. Ask for fewer items or fields.")
            { Code = ErrorCodes.MaxOutputExceeded };
        }
    }
}
