using FluentValidation;
using GraphQL.Validation;
using KnowledgePay.GraphQL.Errors;
using ValidationException = KnowledgePay.Application.Common.Exceptions.ValidationException;

namespace KnowledgePay.GraphQL.Conventions;

/// <summary>
/// Runs the Application's input rules while the document is validated (<c>FieldType.ValidateArguments</c>), so a bad
/// cursor or an oversized filter is refused like any invalid document — nothing executes, HTTP 400 — with code
/// <see cref="ErrorCodes.BadUserInput"/>. The handlers check the same rules again when they run.
/// </summary>
public static class ArgumentChecks
{
    public static void Check<T>(IValidator<T> validator, T value)
    {
        var result = validator.Validate(value);
        if (!result.IsValid)
        {
            throw Refuse(new ValidationException(result.Errors));
        }
    }

    /// <summary>Reads arguments with <paramref name="read"/>, refusing what the reading itself finds invalid.</summary>
    public static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ValidationException exception)
        {
            throw Refuse(exception);
        }
    }

    private static ValidationError Refuse(ValidationException exception) =>
        GraphQLErrorMapper.InvalidInput(exception, message => new ValidationError(message));
}
