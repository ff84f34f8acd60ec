using KnowledgePay.Application;
using KnowledgePay.GraphQL;
using KnowledgePay.GraphQL.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.AddGraphQLServices();
builder.AddGraphQLHttp();

var app = builder.Build();
app.MapGraphQLEndpoint();
app.MapHealthEndpoints();
app.Run();

public partial class Program;
