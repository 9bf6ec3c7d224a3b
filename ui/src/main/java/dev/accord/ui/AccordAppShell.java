package dev.accord.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

/** One shell for every view: server push keeps what people look at live without reloading. */
@Push
@Theme("accord")
@PWA(name = "Accord", shortName = "Accord", description = "Finance and IT decide IT budgets together")
public class AccordAppShell implements AppShellConfigurator {}
