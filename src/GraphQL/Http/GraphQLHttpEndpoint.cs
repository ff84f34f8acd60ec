using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgePay.GraphQL.Errors;
using KnowledgePay.GraphQL.Schema;

namespace KnowledgePay.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at <see cref="Path"/>: POST and GET requests execute, browsers get Banana Cake Pop,
/// <c>?sdl</c> prints the schema.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    GraphQLRequestReader reader,
    GraphQLResponseWriter writer,
    BananaCakePop ide)
{
    public const string Path = "/graphql";
    public const string AllowedMethods = "GET, POST";

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accepted = request.GetTypedHeaders().Accept;
        var mediaType = MediaTypes.SelectResponseType(accepted);
        try
        {
            var isGet = HttpMethods.IsGet(request.Method);
            if (!isGet && !HttpMethods.IsPost(request.Method))
            {
                throw new GraphQLTransportException(
                    StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "GraphQL requests use GET or POST.");
            }

            if (isGet && request.Query.ContainsKey("sdl"))
            {
                await WriteSdlAsync(context);
                return;
            }

            if (isGet && !request.Query.ContainsKey("query") && MediaTypes.AcceptsHtml(accepted))
            {
                await ide.WriteIndexAsync(context);
                return;
            }

            var responseType = mediaType ?? throw new GraphQLTransportException(
                StatusCodes.Status406NotAcceptable,
                ErrorCodes.NotAcceptable,
                "The Accept header must allow application/graphql-response+json or application/json.");
            var graphQLRequest = isGet
                ? reader.ReadQueryString(request.Query)
                : await reader.ReadBodyAsync(request, context.RequestAborted);
            var result = await executer.ExecuteAsync(Options(context, graphQLRequest, isGet));
            await writer.WriteResultAsync(context, result, responseType);
        }
        catch (GraphQLTransportException exception)
        {
            await writer.WriteErrorAsync(context, exception, mediaType ?? MediaTypes.GraphQLResponse);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer and nothing went wrong on our side.
        }
    }

    private static ExecutionOptions Options(HttpContext context, GraphQLRequest request, bool isGet) => new()
    {
        Query = request.Query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        RequestServices = context.RequestServices,
        User = context.User,
        CancellationToken = context.RequestAborted,
        ValidationRules = isGet
            ? DocumentValidator.CoreRules.Append(QueriesOnlyOverGetRule.Instance)
            : null,
        // A document from the cache is checked again only by the rules that depend on the request (the cost limit adds itself).
        CachedDocumentValidationRules = isGet ? [QueriesOnlyOverGetRule.Instance] : null,
    };

    private static async Task WriteSdlAsync(HttpContext context)
    {
        context.Response.ContentType = MediaTypes.PlainText;
        await context.Response.WriteAsync(SchemaSdl.Print(context.RequestServices.GetRequiredService<ISchema>()), context.RequestAborted);
    }
}
