import ArgumentParser
import Reporting

extension OutputFormat: ExpressibleByArgument {}
