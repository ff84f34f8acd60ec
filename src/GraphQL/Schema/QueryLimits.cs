using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.GraphQL.Errors;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>
/// Depth and cost ceilings, checked while validating, so an abusive document is refused before anything runs
/// (result not executed, error codes <see cref="ErrorCodes.MaxDepthExceeded"/> / <see cref="ErrorCodes.MaxComplexityExceeded"/>).
/// </summary>
public static class QueryLimits
{
    public const int MaxDepth = 15;

    /// <summary>
    /// Cost: 1 per field, a list's children multiplied by its <c>first</c>/<c>last</c>, else by the default page size.
    /// A page of 50 courses with creator, category and tags costs about 2,000; a course's full outline
    /// (chapters and lessons) about 550, so outlines fit on a page of 10 but not of 50.
    /// </summary>
    public const double MaxComplexity = 10_000;

    /// <summary>Introspection counts at this fraction of its cost: an IDE's full schema query costs about 800.</summary>
    public const double IntrospectionImpact = 0.001;

    // Checked here instead of through ComplexityOptions.MaxDepth/MaxComplexity so each limit has its own code.
    public static void Configure(ComplexityOptions options)
    {
        options.DefaultListImpactMultiplier = PageRequest.DefaultSize;
        options.ValidateComplexityDelegate = context =>
        {
            if (context.MaxDepth > MaxDepth && !IsIntrospectionOnly(context.ValidationContext.Operation))
            {
                context.Error = new ValidationError(
                    $"The query is {context.MaxDepth} levels deep; at most {MaxDepth} are allowed.")
                { Code = ErrorCodes.MaxDepthExceeded };
            }
            else if (context.TotalImpact > MaxComplexity)
            {
                context.Error = new ValidationError(
                    $"The query costs {context.TotalImpact:0} points; at most {MaxComplexity:0} are allowed. Ask for fewer items or fields.")
                { Code = ErrorCodes.MaxComplexityExceeded };
            }

            return Task.CompletedTask;
        };
    }

    // IDEs nest ofType as deep as they like to unwrap [[T!]!]; the cost limit still bounds such queries.
    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));
}
