using GraphQL.Types;
using KnowledgePay.GraphQL.Errors;

namespace KnowledgePay.GraphQL.Conventions.Mutations;

/// <summary>
/// A typed error standing for one code: a union that lists this type makes its mutation return failures with that
/// code in the payload (see <see cref="MutationFields.RunMutationAsync"/>).
/// </summary>
public abstract class CodedErrorGraphType : ObjectGraphType<MutationError>
{
    protected CodedErrorGraphType(string name, string code, string description)
    {
        Name = name;
        Description = description;
        Code = code;
        Interface<ErrorInterface>();
        IsTypeOf = value => value is CodedError error && error.Code == code;
        Field(e => e.Message).Description("What went wrong, safe to show to the user.");
        Field(e => e.Code).Description($"Always {code}.");
    }

    public string Code { get; }
}

public sealed class NotFoundErrorGraphType() : CodedErrorGraphType(
    "NotFoundError", ErrorCodes.NotFound, "Something the input names does not exist (or no longer does).");

public sealed class ConflictErrorGraphType() : CodedErrorGraphType(
    "ConflictError", ErrorCodes.Conflict, "Someone else changed the same thing at the same time; load it again and retry.");
