using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Recommendations;

public static class RecommendationServices
{
    /// <summary>
    /// The recommender (section <c>Recommendations</c>): the trainer <c>Recommendations:Algorithm</c> names, model versions
    /// published in the database, the served-model holder, and the background trainer that loads the last model on start;
    /// on the leader node it trains one when there is none and retrains every <c>Recommendations:TrainingInterval</c> and
    /// <c>Recommendations:RetrainAfterCatalogueChange</c> after the catalogue changed in what the model uses, while the
    /// other nodes swap to each newly published version (<c>Cluster:ModelPollInterval</c>). Each training also trains a model
    /// per algorithm a running recommender experiment's arm names, which those arms serve (<see cref="ArmModelHolder"/>).
    /// Training reads the database (<see cref="DatabaseTrainingData"/>).
    /// </summary>
    public static IHostApplicationBuilder AddRecommendationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RecommenderOptions>().BindConfiguration(RecommenderOptions.SectionName).ValidateDataAnnotations();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RecommenderOptions>>().Value);
        services.AddSingleton(sp => RecommenderTrainers.For(sp.GetRequiredService<RecommenderOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IRecommenderModelStore, DatabaseRecommenderModelStore>();
        services.AddSingleton<RecommenderModelHolder>();
        services.AddSingleton(sp => new ArmModelHolder(sp.GetRequiredService<RecommenderOptions>().Algorithm));
        services.AddSingleton(sp => new AlgorithmTrainers(sp.GetRequiredService<RecommenderOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ArmModelTraining>();
        services.AddSingleton<RecommenderTraining>();
        services.AddSingleton<RecommenderTrainingTriggers>();
        services.AddSingleton<IRecommenderTrainingScheduler>(sp => sp.GetRequiredService<RecommenderTrainingTriggers>());
        services.AddScoped<IRecommenderTrainingData, DatabaseTrainingData>();
        services.AddHostedService<RecommenderTrainingWorker>();
        return builder;
    }
}
