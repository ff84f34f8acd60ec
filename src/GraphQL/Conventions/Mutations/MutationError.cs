using KnowledgePay.GraphQL.Errors;

namespace KnowledgePay.GraphQL.Conventions.Mutations;

/// <summary>An expected failure of a mutation, returned in its payload's <c>errors</c> instead of thrown.</summary>
public abstract record MutationError(string Code, string Message);

/// <summary>A failure told apart by its code alone: not found, conflict, or a domain rule.</summary>
public sealed record CodedError(string Code, string Message) : MutationError(Code, Message);

public sealed record InvalidInputError(string Message, IReadOnlyList<FieldError> Fields) : MutationError(ErrorCodes.BadUserInput, Message);

public sealed record FieldError(string Field, IReadOnlyList<string> Messages);

/// <summary>What every mutation returns: its result, or the typed errors that kept it from happening (never both).</summary>
public sealed record MutationPayload(object? Result, IReadOnlyList<MutationError>? Errors);
