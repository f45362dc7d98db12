using System.CommandLine;
using GovWorkflow.Cli.Hosting;
using GovWorkflow.Domain.Catalog;

namespace GovWorkflow.Cli.Catalog;

/// <summary><c>govwf catalog</c>: the items and departments of a catalog folder, checked on every load.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("catalog", "事项目录：列出、查看事项；载入即校验，有误时指明文件、行号与字段");
        command.Add(List(context));
        command.Add(Show(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var department = new Option<string?>("--department")
        {
            Description = "只列出该部门及其下级部门的事项，部门编码，例如 SFS-SCJGJ",
            HelpName = "CODE",
        };
        var source = new CatalogSource();
        var command = new Command("list", "列出事项：编码、名称、实施部门、办件类型与时限、容缺与告知承诺") { department };
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = source.Load(parse, context);
            if (loaded.Catalog is not { } catalog)
            {
                return ErrorReporter.Report(context, loaded.Errors);
            }

            var items = catalog.Items;
            if (parse.GetValue(department) is { } root)
            {
                var scope = Subtree(catalog, catalog.GetDepartment(root));
                items = [.. items.Where(i => scope.Contains(i.DepartmentCode))];
            }

            CatalogReport.WriteList(context.Out, catalog, items);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "事项编码，例如 FOOD-BUSINESS-PERMIT" };
        var source = new CatalogSource();
        var command = new Command("show", "查看一个事项：设定依据、时限、申请材料（主要/次要、可容缺、电子证照免提交）") { code };
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = source.Load(parse, context);
            if (loaded.Catalog is not { } catalog)
            {
                return ErrorReporter.Report(context, loaded.Errors);
            }

            CatalogReport.WriteItem(context.Out, catalog, catalog.GetItem(parse.GetValue(code)!));
            return ExitCodes.Success;
        });
        return command;
    }

    private static HashSet<string> Subtree(ItemCatalog catalog, Department root)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Department>([root]);
        while (pending.TryPop(out var department))
        {
            if (codes.Add(department.Code))
            {
                foreach (var child in catalog.GetChildren(department.Code))
                {
                    pending.Push(child);
                }
            }
        }

        return codes;
    }
}
