using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>
/// Serial execution that counts every value it adds to the result against the request's <see cref="OutputBudget"/>.
/// Once the budget is spent, further nodes fail before they resolve anything, and the request answers with one
/// <see cref="Errors.ErrorCodes.MaxOutputExceeded"/> error instead of a partial result.
/// </summary>
public sealed class BoundedSerialExecutionStrategy : SerialExecutionStrategy
{
    public override async Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode)
    {
        await base.ExecuteNodeTreeAsync(context, rootNode);
        OutputBudget.ThrowIfOverspent(context);
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        base.SetSubFieldNodes(context, parent);
        OutputBudget.Spend(context, parent.SubFields?.Length ?? 0);
    }

    protected override async Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        await base.SetArrayItemNodesAsync(context, parent);
        OutputBudget.Spend(context, parent.Items?.Count ?? 0);
    }
}
