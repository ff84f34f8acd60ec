using System.Text.Json;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Domain.Common;
using KnowledgePay.GraphQL.Errors;
using Mediator;

namespace KnowledgePay.GraphQL.Conventions.Mutations;

/// <summary>
/// HotChocolate-style mutations: one <c>input</c> argument, a <c>&lt;Mutation&gt;Payload { result, errors }</c> and a
/// <c>&lt;Mutation&gt;Error</c> union listing every typed error the mutation can return.
/// </summary>
public static class MutationFields
{
    /// <summary>
    /// Adds <paramref name="name"/> with its payload and error union. The union always holds
    /// <c>InvalidInputError</c>; <paramref name="errorTypes"/> add the others (<see cref="CodedErrorGraphType"/>s).
    /// </summary>
    public static FieldBuilder<object?, object> MutationField<TInputGraphType>(
        this ObjectGraphType mutation,
        string name,
        (string Name, Type GraphType, string Description) result,
        params Type[] errorTypes)
        where TInputGraphType : IInputObjectGraphType =>
        mutation.MutationField<TInputGraphType>(name, ResultField(result), errorTypes);

    /// <summary>
    /// As above, for a payload that shows its result as several fields: <paramref name="resultFields"/> adds them, each
    /// resolving from <see cref="MutationPayload.Result"/> (null when errors is set).
    /// </summary>
    public static FieldBuilder<object?, object> MutationField<TInputGraphType>(
        this ObjectGraphType mutation,
        string name,
        Action<ObjectGraphType<MutationPayload>> resultFields,
        params Type[] errorTypes)
        where TInputGraphType : IInputObjectGraphType =>
        mutation.PayloadField(name, resultFields, errorTypes)
            .Argument<NonNullGraphType<TInputGraphType>>("input", "What to do.");

    /// <summary>
    /// A mutation that needs nothing but the signed-in caller: no <c>input</c> argument (as HotChocolate's conventions
    /// do for a mutation without arguments), otherwise shaped as above.
    /// </summary>
    public static FieldBuilder<object?, object> MutationField(
        this ObjectGraphType mutation,
        string name,
        (string Name, Type GraphType, string Description) result,
        params Type[] errorTypes) =>
        mutation.PayloadField(name, ResultField(result), errorTypes);

    /// <summary>
    /// Sends the command in a DI scope (so a DbContext) of its own and returns its result as the payload: a mutation that
    /// failed half-way leaves nothing tracked for the next mutation of the same request to save. Expected failures that the field's error union lists become payload errors; everything
    /// else, and a failure whose type the union lacks, propagates to the top-level <c>errors</c> (<see cref="GraphQLErrorMapper"/>).
    /// </summary>
    public static async Task<object?> RunMutationAsync<TResult>(this IResolveFieldContext context, ICommand<TResult> command)
    {
        try
        {
            await using var scope = context.RequestServices!.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            return new MutationPayload(await sender.Send(command, context.CancellationToken), null);
        }
        catch (Exception exception)
        {
            var error = ErrorFor(exception);
            if (error is null || !Declares(context, error))
            {
                throw;
            }

            return new MutationPayload(null, [error]);
        }
    }

    private static FieldBuilder<object?, object> PayloadField(
        this ObjectGraphType mutation, string name, Action<ObjectGraphType<MutationPayload>> resultFields, Type[] errorTypes)
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var union = new UnionGraphType
        {
            Name = $"{typeName}Error",
            Description = $"Every typed error {name} can return.",
        };
        union.Type<InvalidInputErrorGraphType>();
        foreach (var errorType in errorTypes)
        {
            union.Type(errorType);
        }

        var payload = new ObjectGraphType<MutationPayload> { Name = $"{typeName}Payload", Description = $"The outcome of {name}." };
        resultFields(payload);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(union)))
            .Description("Why nothing changed; null on success.")
            .Resolve(ctx => ctx.Source.Errors);

        return mutation.Field(name, new NonNullGraphType(payload));
    }

    private static Action<ObjectGraphType<MutationPayload>> ResultField((string Name, Type GraphType, string Description) result) =>
        payload => payload.Field(result.Name, result.GraphType).Description(result.Description).Resolve(ctx => ctx.Source.Result);

    private static MutationError? ErrorFor(Exception exception) => exception switch
    {
        ValidationException e => new InvalidInputError(
            GraphQLErrorMapper.Describe(e),
            [.. e.Errors.Select(pair => new FieldError(InputFieldPath(pair.Key), pair.Value))]),
        NotFoundException e => new CodedError(ErrorCodes.NotFound, e.Message),
        ConflictException e => new CodedError(ErrorCodes.Conflict, e.Message),
        DomainException e => new CodedError(e.Code, e.Message),
        ProviderException e => new CodedError(e.Code, e.Message),
        _ => null,
    };

    private static bool Declares(IResolveFieldContext context, MutationError error) =>
        context.FieldDefinition.ResolvedType?.GetNamedType() is IComplexGraphType payload
        && payload.GetField("errors")?.ResolvedType?.GetNamedType() is UnionGraphType union
        && union.PossibleTypes.Any(type => type.IsTypeOf?.Invoke(error) == true);

    /// <summary>Command properties are PascalCase; the input fields they come from are camelCase ("Content.Title" → "content.title").</summary>
    private static string InputFieldPath(string property) =>
        string.Join('.', property.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
