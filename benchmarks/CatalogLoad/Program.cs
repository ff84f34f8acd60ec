using KnowledgePay.Application;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.CatalogLoad;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;

// The baseline for the GraphQL load benchmark: the same catalogue page, read through the same use cases
// and database, served as plain JSON by a minimal API. Never part of the product.
var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.AddInfrastructureServices();
builder.Services.AddSingleton<ICurrentUser, AnonymousCaller>();

var app = builder.Build();
await app.Services.InitialiseDatabaseAsync();
app.MapGet("/courses", PlainCoursePage.GetAsync);
await app.RunAsync();
