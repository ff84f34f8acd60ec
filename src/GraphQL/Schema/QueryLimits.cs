using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.GraphQL.Errors;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>
/// Depth and cost ceilings, checked while validating, so an abusive document is refused before anything runs
/// (result not executed, error codes <see cref="ErrorCodes.MaxDepthExceeded"/> / <see cref="ErrorCodes.MaxComplexityExceeded"/>).
/// The cost a document passes with becomes its <see cref="OutputBudget"/> for execution.
/// </summary>
public static class QueryLimits
{
    public const int MaxDepth = 15;

    /// <summary>
    /// Cost estimates the values a result holds: 1 per field, a list's children multiplied by its <c>first</c>/<c>last</c>,
    /// else by the default page size; a list of scalars counts its items too; introspection lists by their real size
    /// (<see cref="IntrospectionCost"/>). A page of 50 courses with creator, category and tags costs about 2,000;
    /// a course's full outline (chapters and lessons) about 550, so outlines fit on a page of 10 but not of 50.
    /// </summary>
    public const double MaxComplexity = 10_000;

    /// <summary>
    /// The ceiling for documents that only introspect: one full introspection of the schema (what IDEs and code
    /// generators send, about 92,500 today) fits, two do not. Raise it when the schema outgrows it: the IDE tests fail first.
    /// </summary>
    public const double MaxIntrospectionComplexity = 150_000;

    // Checked here instead of through ComplexityOptions.MaxDepth/MaxComplexity so each limit has its own code.
    public static void Configure(ComplexityOptions options)
    {
        options.DefaultListImpactMultiplier = PageRequest.DefaultSize;
        var defaultCost = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => Cost(context, defaultCost);
        options.ValidateComplexityDelegate = context =>
        {
            var introspectionOnly = IsIntrospectionOnly(context.ValidationContext.Operation);
            var maxComplexity = introspectionOnly ? MaxIntrospectionComplexity : MaxComplexity;
            if (context.MaxDepth > MaxDepth && !introspectionOnly)
            {
                context.Error = new ValidationError(
                    $"The query is {context.MaxDepth} levels deep; at most {MaxDepth} are allowed.")
                { Code = ErrorCodes.MaxDepthExceeded };
            }
            else if (context.TotalImpact > maxComplexity)
            {
                context.Error = new ValidationError(
                    $"The query costs {context.TotalImpact:0} points; at most {maxComplexity:0} are allowed. Ask for fewer items or fields.")
                { Code = ErrorCodes.MaxComplexityExceeded };
            }
            else
            {
                OutputBudget.Grant(context.ValidationContext.UserContext, context.TotalImpact);
            }

            return Task.CompletedTask;
        };
    }

    private static FieldComplexityResult Cost(FieldImpactContext context, Func<FieldImpactContext, FieldComplexityResult> defaultCost)
    {
        if (IntrospectionCost.ListSize(context) is { } size)
        {
            return new FieldComplexityResult(1, size);
        }

        var cost = defaultCost(context);
        return IsListOfLeaves(context.FieldDefinition.ResolvedType)
            ? new FieldComplexityResult(cost.FieldImpact + cost.ChildImpactMultiplier, cost.ChildImpactMultiplier)
            : cost;
    }

    // A list of scalars or enums has no child fields to carry its multiplier, so its items count on the field.
    private static bool IsListOfLeaves(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType list
            && list.ResolvedType?.GetNamedType() is ScalarGraphType or EnumerationGraphType;

    // IDEs nest ofType as deep as they like to unwrap [[T!]!]; the cost limit still bounds such queries.
    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));
}
