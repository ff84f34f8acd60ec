using KnowledgePay.WeChatSimulator;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWeChatSimulator(builder.Configuration);

var app = builder.Build();
app.MapWeChatSimulator();
app.Run();
