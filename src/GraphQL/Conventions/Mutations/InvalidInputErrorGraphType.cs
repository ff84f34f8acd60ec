using GraphQL.Types;
using KnowledgePay.GraphQL.Errors;

namespace KnowledgePay.GraphQL.Conventions.Mutations;

public sealed class InvalidInputErrorGraphType : ObjectGraphType<InvalidInputError>
{
    public InvalidInputErrorGraphType()
    {
        Name = "InvalidInputError";
        Description = "The input has the wrong shape; every failing field is listed.";
        Interface<ErrorInterface>();
        IsTypeOf = value => value is InvalidInputError;
        Field(e => e.Message).Description("All problems in one readable line.");
        Field(e => e.Code).Description($"Always {ErrorCodes.BadUserInput}.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldErrorGraphType>>>>("fields")
            .Description("Each failing input field with its messages.")
            .Resolve(ctx => ctx.Source.Fields);
    }
}

public sealed class FieldErrorGraphType : ObjectGraphType<FieldError>
{
    public FieldErrorGraphType()
    {
        Name = "FieldError";
        Description = "The problems with one input field.";
        Field(e => e.Field).Description("The field's path within the input, e.g. title or content.durationSeconds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("messages")
            .Description("What is wrong with it.")
            .Resolve(ctx => ctx.Source.Messages);
    }
}
