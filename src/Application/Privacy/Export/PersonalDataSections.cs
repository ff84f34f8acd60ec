using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgePay.Application.Privacy.Export;

public static class PersonalDataSections
{
    /// <summary>
    /// Registers every <see cref="IPersonalDataSection"/> in the assembly (scoped, like the DbContext they read), once
    /// each even where a feature also registers its own, so no feature can be left out of the export by forgetting to.
    /// </summary>
    public static void Register(IServiceCollection services, Assembly assembly)
    {
        foreach (var section in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IPersonalDataSection))))
        {
            services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPersonalDataSection), section));
        }
    }
}
