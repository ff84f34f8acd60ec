using GraphQL.Types;

namespace KnowledgePay.GraphQL.Conventions.Mutations;

/// <summary><c>interface Error { message: String! code: String! }</c>, implemented by every typed payload error.</summary>
public sealed class ErrorInterface : InterfaceGraphType<MutationError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "An expected reason a mutation did not happen; nothing was changed.";
        Field(e => e.Message).Description("What went wrong, safe to show to the user.");
        Field(e => e.Code).Description("A stable machine-readable code, e.g. NOT_FOUND.");
    }
}
