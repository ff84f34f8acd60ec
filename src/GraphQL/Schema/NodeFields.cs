using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Schema;

/// <summary>Relay's <c>node(id)</c> and <c>nodes(ids)</c>, answered by each node type's by-id loader.</summary>
internal static class NodeFields
{
    public const int MaxIds = 10;

    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<NodeInterface>("node")
            .Description("Refetches any object by its global id; null when it no longer exists.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id.")
            .Resolve(ctx => Fetch(ctx, ctx.GetArgument<string>("id"), "id"));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Refetches up to {MaxIds} objects by global id, in the order asked; null for any that no longer exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ValidationException("ids", $"Ask for at most {MaxIds} ids at once.");
                }

                return DataLoaderResults.WhenAll([.. ids.Select((id, i) => Fetch(ctx, id, $"ids[{i}]"))]);
            });
    }

    private static IDataLoaderResult Fetch(IResolveFieldContext context, string globalId, string argument)
    {
        (string TypeName, Guid Id) decoded;
        try
        {
            decoded = GlobalId.Decode(globalId);
        }
        catch (InvalidOperationException e)
        {
            throw new ValidationException(argument, e.Message);
        }

        var fetch = context.Schema.NodeFetch(decoded.TypeName)
            ?? throw new ValidationException(argument, $"'{globalId}' is not the id of any object.");
        return fetch(context, decoded.Id);
    }
}
