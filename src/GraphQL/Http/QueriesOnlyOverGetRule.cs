using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgePay.GraphQL.Errors;

namespace KnowledgePay.GraphQL.Http;

/// <summary>GET must be safe: only query operations run over it (GraphQL over HTTP answers others with 405).</summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public static readonly QueriesOnlyOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new QueriesOnlyOverGetError(context));
        }

        return default;
    }
}

internal sealed class QueriesOnlyOverGetError : ValidationError
{
    public QueriesOnlyOverGetError(ValidationContext context)
        : base(
            context.Document.Source,
            number: null,
            $"Only queries may be sent with GET; send this {context.Operation.Operation.ToString().ToLowerInvariant()} with POST.",
            context.Operation)
    {
        Code = ErrorCodes.MethodNotAllowed;
    }
}
