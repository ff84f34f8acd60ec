using KnowledgePay.Application;
using KnowledgePay.GraphQL;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.AddGraphQLServices();

var app = builder.Build();
app.Run();

public partial class Program;
